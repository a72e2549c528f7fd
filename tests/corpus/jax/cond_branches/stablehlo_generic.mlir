"builtin.module"() <{sym_name = "jit_cond_branches"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xf32>, tensor<8x8xf32>, tensor<4xi32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<4x8xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xf32>, %arg1: tensor<8x8xf32>, %arg2: tensor<4xi32>):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.reduce"(%arg0, %0) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg3: tensor<f32>, %arg4: tensor<f32>):
      %74 = "stablehlo.add"(%arg3, %arg4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%74) : (tensor<f32>) -> ()
    }) : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %3 = "stablehlo.compare"(%1, %2) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %4 = "stablehlo.convert"(%3) : (tensor<i1>) -> tensor<i32>
    %5 = "stablehlo.case"(%4) ({
      %70 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      %71 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %72 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %73 = "stablehlo.multiply"(%70, %72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%73) : (tensor<8xf32>) -> ()
    }, {
      %68 = "stablehlo.dot_general"(%arg0, %arg1) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      %69 = "stablehlo.tanh"(%68) : (tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%69) : (tensor<8xf32>) -> ()
    }) : (tensor<i32>) -> tensor<8xf32>
    %6 = "stablehlo.not"(%3) : (tensor<i1>) -> tensor<i1>
    %7 = "stablehlo.convert"(%6) : (tensor<i1>) -> tensor<i32>
    %8 = "stablehlo.case"(%7) ({
      %64 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      %65 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
      %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %67 = "stablehlo.multiply"(%64, %66) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%67) : (tensor<8xf32>) -> ()
    }, {
      %62 = "stablehlo.dot_general"(%arg0, %arg1) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      %63 = "stablehlo.tanh"(%62) : (tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%63) : (tensor<8xf32>) -> ()
    }) : (tensor<i32>) -> tensor<8xf32>
    %9 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1xi32>
    %10 = "stablehlo.reshape"(%9) : (tensor<1xi32>) -> tensor<i32>
    %11 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %12 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.clamp"(%11, %10, %12) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %14 = "stablehlo.case"(%13) ({
      %61 = "stablehlo.sine"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%61) : (tensor<8xf32>) -> ()
    }, {
      %59 = "stablehlo.cosine"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      %60 = "stablehlo.dot_general"(%59, %arg1) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%60) : (tensor<8xf32>) -> ()
    }, {
      %56 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      %57 = "stablehlo.multiply"(%56, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %58 = "stablehlo.exponential"(%57) : (tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%58) : (tensor<8xf32>) -> ()
    }) : (tensor<i32>) -> tensor<8xf32>
    %15 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1xi32>
    %16 = "stablehlo.reshape"(%15) : (tensor<1xi32>) -> tensor<i32>
    %17 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %18 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.clamp"(%17, %16, %18) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %20 = "stablehlo.case"(%19) ({
      %55 = "stablehlo.sine"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%55) : (tensor<8xf32>) -> ()
    }, {
      %53 = "stablehlo.cosine"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      %54 = "stablehlo.dot_general"(%53, %arg1) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%54) : (tensor<8xf32>) -> ()
    }, {
      %50 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      %51 = "stablehlo.multiply"(%50, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %52 = "stablehlo.exponential"(%51) : (tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%52) : (tensor<8xf32>) -> ()
    }) : (tensor<i32>) -> tensor<8xf32>
    %21 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1xi32>
    %22 = "stablehlo.reshape"(%21) : (tensor<1xi32>) -> tensor<i32>
    %23 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.clamp"(%23, %22, %24) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %26 = "stablehlo.case"(%25) ({
      %49 = "stablehlo.sine"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%49) : (tensor<8xf32>) -> ()
    }, {
      %47 = "stablehlo.cosine"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      %48 = "stablehlo.dot_general"(%47, %arg1) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%48) : (tensor<8xf32>) -> ()
    }, {
      %44 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      %45 = "stablehlo.multiply"(%44, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %46 = "stablehlo.exponential"(%45) : (tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%46) : (tensor<8xf32>) -> ()
    }) : (tensor<i32>) -> tensor<8xf32>
    %27 = "stablehlo.slice"(%arg2) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xi32>) -> tensor<1xi32>
    %28 = "stablehlo.reshape"(%27) : (tensor<1xi32>) -> tensor<i32>
    %29 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %30 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %31 = "stablehlo.clamp"(%29, %28, %30) : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %32 = "stablehlo.case"(%31) ({
      %43 = "stablehlo.sine"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%43) : (tensor<8xf32>) -> ()
    }, {
      %41 = "stablehlo.cosine"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      %42 = "stablehlo.dot_general"(%41, %arg1) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%42) : (tensor<8xf32>) -> ()
    }, {
      %38 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
      %39 = "stablehlo.multiply"(%38, %arg0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %40 = "stablehlo.exponential"(%39) : (tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%40) : (tensor<8xf32>) -> ()
    }) : (tensor<i32>) -> tensor<8xf32>
    %33 = "stablehlo.broadcast_in_dim"(%14) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %34 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %35 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %36 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %37 = "stablehlo.concatenate"(%33, %34, %35, %36) <{dimension = 0 : i64}> : (tensor<1x8xf32>, tensor<1x8xf32>, tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
    "func.return"(%5, %8, %37) : (tensor<8xf32>, tensor<8xf32>, tensor<4x8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
