"builtin.module"() <{sym_name = "jit_ops_coverage_shape"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x3x4xf32>, tensor<10xf32>) -> (tensor<3x4x2xf32>, tensor<2x7x4xf32>, tensor<3xf32>, tensor<3x3xi32>, tensor<10xf32>, tensor<6xi32>, tensor<3x4xf32>, tensor<7x6xf32>, tensor<20xf32>, tensor<6xf32>, tensor<4x6xf32>, tensor<2x3x4xf32>, tensor<10xf32>, tensor<2x2x2xf32>, tensor<3xf32>, tensor<2xf32>, tensor<1x3x4xf32>, tensor<9xf32>, tensor<4x2x3xf32>, tensor<4x4xf32>), res_attrs = [{jax.result_info = "result['broadcast']"}, {jax.result_info = "result['concat']"}, {jax.result_info = "result['diag']"}, {jax.result_info = "result['eye']"}, {jax.result_info = "result['flip']"}, {jax.result_info = "result['iota']"}, {jax.result_info = "result['iota2d']"}, {jax.result_info = "result['pad_2d']"}, {jax.result_info = "result['pad_neg_interior']"}, {jax.result_info = "result['repeat']"}, {jax.result_info = "result['reshape']"}, {jax.result_info = "result['reverse']"}, {jax.result_info = "result['roll']"}, {jax.result_info = "result['slice_2d']"}, {jax.result_info = "result['slice_strided']"}, {jax.result_info = "result['split_sum']"}, {jax.result_info = "result['squeeze_expand']"}, {jax.result_info = "result['tile']"}, {jax.result_info = "result['transpose']"}, {jax.result_info = "result['tril']"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg4: tensor<2x3x4xf32>, %arg5: tensor<10xf32>):
    %45 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<6xi32>
    %46 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x4xf32>
    %47 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %48 = "stablehlo.pad"(%arg5, %47) <{edge_padding_high = array<i64: 3>, edge_padding_low = array<i64: -2>, interior_padding = array<i64: 1>}> : (tensor<10xf32>, tensor<f32>) -> tensor<20xf32>
    %49 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 1, 3, 4>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x3x4xf32>) -> tensor<1x3x4xf32>
    %50 = "stablehlo.reshape"(%49) : (tensor<1x3x4xf32>) -> tensor<3x4xf32>
    %51 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %52 = "stablehlo.pad"(%50, %51) <{edge_padding_high = array<i64: -1, 2>, edge_padding_low = array<i64: 1, 0>, interior_padding = array<i64: 2, 0>}> : (tensor<3x4xf32>, tensor<f32>) -> tensor<7x6xf32>
    %53 = "stablehlo.reverse"(%arg4) <{dimensions = array<i64: 0, 2>}> : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    %54 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %55 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x3x4xf32>
    %56 = "stablehlo.multiply"(%arg4, %55) : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
    %57 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 2, 1, 4>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
    %58 = "stablehlo.concatenate"(%arg4, %56, %57) <{dimension = 1 : i64}> : (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x1x4xf32>) -> tensor<2x7x4xf32>
    %59 = "stablehlo.transpose"(%arg4) <{permutation = array<i64: 2, 0, 1>}> : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
    %60 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 4>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<10xf32>) -> tensor<4xf32>
    %61 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64: 1>}> : (tensor<4xf32>) -> tensor<3x4x2xf32>
    %62 = "stablehlo.reshape"(%arg4) : (tensor<2x3x4xf32>) -> tensor<4x6xf32>
    %63 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 9>, start_indices = array<i64: 1>, strides = array<i64: 3>}> : (tensor<10xf32>) -> tensor<3xf32>
    %64 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 2, 3, 4>, start_indices = array<i64: 0, 0, 1>, strides = array<i64: 1, 2, 2>}> : (tensor<2x3x4xf32>) -> tensor<2x2x2xf32>
    %65 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 1, 3, 4>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x3x4xf32>) -> tensor<1x3x4xf32>
    %66 = "stablehlo.reshape"(%65) : (tensor<1x3x4xf32>) -> tensor<3x4xf32>
    %67 = "stablehlo.broadcast_in_dim"(%66) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<3x4xf32>) -> tensor<1x3x4xf32>
    %68 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<10xf32>) -> tensor<3xf32>
    %69 = "stablehlo.reshape"(%68) : (tensor<3xf32>) -> tensor<1x3xf32>
    %70 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %71 = "stablehlo.reshape"(%70) : (tensor<3x3xf32>) -> tensor<9xf32>
    %72 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 3>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<10xf32>) -> tensor<3xf32>
    %73 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xf32>) -> tensor<3x2xf32>
    %74 = "stablehlo.reshape"(%73) : (tensor<3x2xf32>) -> tensor<6xf32>
    %75 = "func.call"(%arg5) <{callee = @_flip}> : (tensor<10xf32>) -> tensor<10xf32>
    %76 = "func.call"(%arg5) <{callee = @_roll_static}> : (tensor<10xf32>) -> tensor<10xf32>
    %77 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %78 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
    %79 = "func.call"(%78) <{callee = @tril}> : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %80 = "stablehlo.slice"(%arg4) <{limit_indices = array<i64: 1, 3, 3>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<2x3x4xf32>) -> tensor<1x3x3xf32>
    %81 = "stablehlo.reshape"(%80) : (tensor<1x3x3xf32>) -> tensor<3x3xf32>
    %82 = "func.call"(%81) <{callee = @diagonal}> : (tensor<3x3xf32>) -> tensor<3xf32>
    %83 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
    %84 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
    %85 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %86 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
    %87 = "stablehlo.add"(%83, %86) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
    %88 = "stablehlo.compare"(%87, %84) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %89 = "stablehlo.convert"(%88) : (tensor<3x3xi1>) -> tensor<3x3xi32>
    %90 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 2>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<10xf32>) -> tensor<2xf32>
    %91 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 4>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<10xf32>) -> tensor<2xf32>
    %92 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 6>, start_indices = array<i64: 4>, strides = array<i64: 1>}> : (tensor<10xf32>) -> tensor<2xf32>
    %93 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 8>, start_indices = array<i64: 6>, strides = array<i64: 1>}> : (tensor<10xf32>) -> tensor<2xf32>
    %94 = "stablehlo.slice"(%arg5) <{limit_indices = array<i64: 10>, start_indices = array<i64: 8>, strides = array<i64: 1>}> : (tensor<10xf32>) -> tensor<2xf32>
    %95 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %96 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2xf32>
    %97 = "stablehlo.add"(%96, %90) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %98 = "stablehlo.add"(%97, %91) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %99 = "stablehlo.add"(%98, %92) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %100 = "stablehlo.add"(%99, %93) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %101 = "stablehlo.add"(%100, %94) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    "func.return"(%61, %58, %82, %89, %75, %45, %46, %52, %48, %74, %62, %53, %76, %64, %63, %101, %67, %71, %59, %79) : (tensor<3x4x2xf32>, tensor<2x7x4xf32>, tensor<3xf32>, tensor<3x3xi32>, tensor<10xf32>, tensor<6xi32>, tensor<3x4xf32>, tensor<7x6xf32>, tensor<20xf32>, tensor<6xf32>, tensor<4x6xf32>, tensor<2x3x4xf32>, tensor<10xf32>, tensor<2x2x2xf32>, tensor<3xf32>, tensor<2xf32>, tensor<1x3x4xf32>, tensor<9xf32>, tensor<4x2x3xf32>, tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<10xf32>) -> tensor<10xf32>, res_attrs = [{}], sym_name = "_flip", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<10xf32>):
    %44 = "stablehlo.reverse"(%arg3) <{dimensions = array<i64: 0>}> : (tensor<10xf32>) -> tensor<10xf32>
    "func.return"(%44) : (tensor<10xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<10xf32>) -> tensor<10xf32>, res_attrs = [{}], sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<10xf32>):
    %41 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 10>, start_indices = array<i64: 7>, strides = array<i64: 1>}> : (tensor<10xf32>) -> tensor<3xf32>
    %42 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 7>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<10xf32>) -> tensor<7xf32>
    %43 = "stablehlo.concatenate"(%41, %42) <{dimension = 0 : i64}> : (tensor<3xf32>, tensor<7xf32>) -> tensor<10xf32>
    "func.return"(%43) : (tensor<10xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x4xf32>) -> tensor<4x4xf32>, res_attrs = [{}], sym_name = "tril", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<4x4xf32>):
    %32 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4x4xi32>
    %33 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %34 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<4x4xi32>
    %35 = "stablehlo.add"(%32, %34) : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi32>
    %36 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<4x4xi32>
    %37 = "stablehlo.compare"(%35, %36) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %38 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %39 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x4xf32>
    %40 = "stablehlo.select"(%37, %arg1, %39) : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
    "func.return"(%40) : (tensor<4x4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<3x3xf32>) -> tensor<3xf32>, res_attrs = [{}], sym_name = "diagonal", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<3x3xf32>):
    %0 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3x3xi32>
    %1 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<3x3xi32>
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %3 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3x3xi32>
    %4 = "stablehlo.add"(%0, %3) : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi32>
    %5 = "stablehlo.compare"(%4, %1) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %6 = "stablehlo.convert"(%5) : (tensor<3x3xi1>) -> tensor<3x3xf32>
    %7 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %8 = "stablehlo.case"(%7) ({
      %31 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      "stablehlo.return"(%31) : (tensor<i32>) -> ()
    }, {
      %30 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      "stablehlo.return"(%30) : (tensor<i32>) -> ()
    }) : (tensor<i32>) -> tensor<i32>
    %9 = "stablehlo.case"(%8) ({
      %10 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
      %11 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xi32>
      %12 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
      %14 = "stablehlo.compare"(%10, %13) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
      %15 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
      %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
      %17 = "stablehlo.add"(%10, %16) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
      %18 = "stablehlo.select"(%14, %17, %10) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
      %19 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
      %21 = "stablehlo.compare"(%11, %20) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
      %22 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
      %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<3xi32>
      %24 = "stablehlo.add"(%11, %23) : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
      %25 = "stablehlo.select"(%21, %24, %11) : (tensor<3xi1>, tensor<3xi32>, tensor<3xi32>) -> tensor<3xi32>
      %26 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
      %27 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xi32>) -> tensor<3x1xi32>
      %28 = "stablehlo.concatenate"(%26, %27) <{dimension = 1 : i64}> : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
      %29 = "stablehlo.gather"(%arg0, %28) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<3x3xf32>, tensor<3x2xi32>) -> tensor<3xf32>
      "stablehlo.return"(%29) : (tensor<3xf32>) -> ()
    }) : (tensor<i32>) -> tensor<3xf32>
    "func.return"(%9) : (tensor<3xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
