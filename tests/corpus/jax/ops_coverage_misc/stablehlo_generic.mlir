"builtin.module"() <{sym_name = "jit_ops_coverage_misc"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xf32>, tensor<8x8xf32>) -> (tensor<8xf32>, tensor<f32>, tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>), res_attrs = [{jax.result_info = "result['composite']"}, {jax.result_info = "result['logsumexp_where']"}, {jax.result_info = "result['map']"}, {jax.result_info = "result['nested_call']"}, {jax.result_info = "result['opt_barrier']"}, {jax.result_info = "result['reduce_precision_bf16']"}, {jax.result_info = "result['relu_grad']"}, {jax.result_info = "result['remat_grad']"}, {jax.result_info = "result['softplus']"}, {jax.result_info = "result['stop_gradient']"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg18: tensor<8xf32>, %arg19: tensor<8x8xf32>):
    %38 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %39 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %40 = "stablehlo.multiply"(%arg18, %39) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %41:2 = "stablehlo.optimization_barrier"(%40, %arg19) : (tensor<8xf32>, tensor<8x8xf32>) -> (tensor<8xf32>, tensor<8x8xf32>)
    %42 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %44:3 = "stablehlo.optimization_barrier"(%arg19, %arg18, %43) : (tensor<8x8xf32>, tensor<8xf32>, tensor<8xf32>) -> (tensor<8x8xf32>, tensor<8xf32>, tensor<8xf32>)
    %45 = "stablehlo.sine"(%44#1) : (tensor<8xf32>) -> tensor<8xf32>
    %46 = "stablehlo.cosine"(%44#1) : (tensor<8xf32>) -> tensor<8xf32>
    %47 = "stablehlo.dot_general"(%45, %44#0) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
    %48 = "stablehlo.cosine"(%47) : (tensor<8xf32>) -> tensor<8xf32>
    %49 = "stablehlo.multiply"(%44#2, %48) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %50 = "stablehlo.dot_general"(%49, %44#0) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [1]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
    %51 = "stablehlo.multiply"(%50, %46) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %52 = "stablehlo.constant"() <{value = dense<3.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %53 = "stablehlo.composite"(%arg18, %52) <{composite_attributes = {}, decomposition = @nccd.test.scaled_tanh, name = "nccd.test.scaled_tanh", version = 0 : i32}> : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
    %54 = "func.call"(%arg18) <{callee = @relu}> : (tensor<8xf32>) -> tensor<8xf32>
    %55 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %57 = "stablehlo.compare"(%arg18, %56) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %58 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %59 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %60 = "stablehlo.multiply"(%59, %54) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %61 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %62 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %63 = "stablehlo.multiply"(%62, %60) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %64 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %65 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %66 = "stablehlo.select"(%57, %63, %65) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %67 = "stablehlo.dot_general"(%41#0, %41#1) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
    %68 = "func.call"(%arg18) <{callee = @_nested_jit_helper}> : (tensor<8xf32>) -> tensor<8xf32>
    %69 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %70 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %71 = "stablehlo.add"(%arg18, %70) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %72 = "func.call"(%71) <{callee = @_nested_jit_helper}> : (tensor<8xf32>) -> tensor<8xf32>
    %73 = "stablehlo.add"(%68, %72) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %74 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %75 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %76 = "stablehlo.multiply"(%arg18, %75) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %77 = "stablehlo.reshape"(%arg18) : (tensor<8xf32>) -> tensor<2x4xf32>
    %78 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<2x4xf32>) -> tensor<2x4x2xf32>
    %79 = "stablehlo.reshape"(%78) : (tensor<2x4x2xf32>) -> tensor<2x8xf32>
    %80 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %81 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x8xf32>
    %82 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %83:4 = "stablehlo.while"(%79, %arg19, %82, %81) ({
    ^bb0(%arg28: tensor<2x8xf32>, %arg29: tensor<8x8xf32>, %arg30: tensor<i32>, %arg31: tensor<2x8xf32>):
      %118 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
      %119 = "stablehlo.compare"(%arg30, %118) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%119) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg24: tensor<2x8xf32>, %arg25: tensor<8x8xf32>, %arg26: tensor<i32>, %arg27: tensor<2x8xf32>):
      %113 = "func.call"(%arg24, %arg26) <{callee = @dynamic_index_in_dim}> : (tensor<2x8xf32>, tensor<i32>) -> tensor<8xf32>
      %114 = "func.call"(%arg25, %113) <{callee = @closed_call}> : (tensor<8x8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %115 = "func.call"(%arg27, %114, %arg26) <{callee = @dynamic_update_index_in_dim}> : (tensor<2x8xf32>, tensor<8xf32>, tensor<i32>) -> tensor<2x8xf32>
      %116 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %117 = "stablehlo.add"(%arg26, %116) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%arg24, %arg25, %117, %115) : (tensor<2x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<2x8xf32>) -> ()
    }) : (tensor<2x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<2x8xf32>) -> (tensor<2x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<2x8xf32>)
    %84 = "stablehlo.reduce_precision"(%arg18) <{exponent_bits = 8 : i32, mantissa_bits = 7 : i32}> : (tensor<8xf32>) -> tensor<8xf32>
    %85 = "func.call"(%arg18) <{callee = @softplus}> : (tensor<8xf32>) -> tensor<8xf32>
    %86 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %87 = "stablehlo.broadcast_in_dim"(%86) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %88 = "stablehlo.compare"(%arg18, %87) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %89 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %90 = "func.call"(%88, %arg18, %89) <{callee = @_where}> : (tensor<8xi1>, tensor<8xf32>, tensor<i32>) -> tensor<8xf32>
    %91 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %92 = "func.call"(%88, %90, %91) <{callee = @_where_0}> : (tensor<8xi1>, tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
    %93 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %94 = "stablehlo.reduce"(%92, %93) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg22: tensor<f32>, %arg23: tensor<f32>):
      %112 = "stablehlo.maximum"(%arg22, %arg23) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%112) : (tensor<f32>) -> ()
    }) : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %95 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %96 = "stablehlo.maximum"(%95, %94) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %97 = "stablehlo.is_finite"(%96) : (tensor<f32>) -> tensor<i1>
    %98 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %99 = "stablehlo.select"(%97, %96, %98) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %100 = "stablehlo.broadcast_in_dim"(%99) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %101 = "stablehlo.broadcast_in_dim"(%100) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<8xf32>
    %102 = "stablehlo.subtract"(%90, %101) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %103 = "stablehlo.exponential"(%102) : (tensor<8xf32>) -> tensor<8xf32>
    %104 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %105 = "func.call"(%88, %103, %104) <{callee = @_where_0}> : (tensor<8xi1>, tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
    %106 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %107 = "stablehlo.reduce"(%105, %106) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg20: tensor<f32>, %arg21: tensor<f32>):
      %111 = "stablehlo.add"(%arg20, %arg21) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%111) : (tensor<f32>) -> ()
    }) : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %108 = "stablehlo.abs"(%107) : (tensor<f32>) -> tensor<f32>
    %109 = "stablehlo.log"(%108) : (tensor<f32>) -> tensor<f32>
    %110 = "stablehlo.add"(%109, %99) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    "func.return"(%53, %110, %83#3, %73, %67, %84, %66, %51, %85, %76) : (tensor<8xf32>, tensor<f32>, tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "nccd.test.scaled_tanh", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<8xf32>, %arg17: tensor<f32>):
    %33 = "stablehlo.convert"(%arg17) : (tensor<f32>) -> tensor<f32>
    %34 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %35 = "stablehlo.multiply"(%arg16, %34) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %36 = "stablehlo.tanh"(%arg16) : (tensor<8xf32>) -> tensor<8xf32>
    %37 = "stablehlo.add"(%35, %36) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%37) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "relu", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<8xf32>):
    %30 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %32 = "stablehlo.maximum"(%arg15, %31) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%32) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_nested_jit_helper", sym_visibility = "private"}> ({
  ^bb0(%arg14: tensor<8xf32>):
    %26 = "stablehlo.sine"(%arg14) : (tensor<8xf32>) -> tensor<8xf32>
    %27 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %29 = "stablehlo.multiply"(%26, %28) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%29) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x8xf32>, tensor<i32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "dynamic_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg12: tensor<2x8xf32>, %arg13: tensor<i32>):
    %23 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %24 = "stablehlo.dynamic_slice"(%arg12, %arg13, %23) <{slice_sizes = array<i64: 1, 8>}> : (tensor<2x8xf32>, tensor<i32>, tensor<i32>) -> tensor<1x8xf32>
    %25 = "stablehlo.reshape"(%24) : (tensor<1x8xf32>) -> tensor<8xf32>
    "func.return"(%25) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8x8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg10: tensor<8x8xf32>, %arg11: tensor<8xf32>):
    %22 = "stablehlo.dot_general"(%arg11, %arg10) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
    "func.return"(%22) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2x8xf32>, tensor<8xf32>, tensor<i32>) -> tensor<2x8xf32>, res_attrs = [{}], sym_name = "dynamic_update_index_in_dim", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<2x8xf32>, %arg8: tensor<8xf32>, %arg9: tensor<i32>):
    %19 = "stablehlo.broadcast_in_dim"(%arg8) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf32>) -> tensor<1x8xf32>
    %20 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %21 = "stablehlo.dynamic_update_slice"(%arg7, %19, %arg9, %20) : (tensor<2x8xf32>, tensor<1x8xf32>, tensor<i32>, tensor<i32>) -> tensor<2x8xf32>
    "func.return"(%21) : (tensor<2x8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "softplus", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<8xf32>):
    %5 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %7 = "stablehlo.maximum"(%arg6, %6) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %8 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %9 = "stablehlo.subtract"(%arg6, %8) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %10 = "stablehlo.compare"(%9, %9) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %11 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %12 = "stablehlo.add"(%arg6, %11) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %13 = "stablehlo.abs"(%9) : (tensor<8xf32>) -> tensor<8xf32>
    %14 = "stablehlo.negate"(%13) : (tensor<8xf32>) -> tensor<8xf32>
    %15 = "stablehlo.exponential"(%14) : (tensor<8xf32>) -> tensor<8xf32>
    %16 = "stablehlo.log_plus_one"(%15) : (tensor<8xf32>) -> tensor<8xf32>
    %17 = "stablehlo.add"(%7, %16) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %18 = "stablehlo.select"(%10, %12, %17) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%18) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xi1>, tensor<8xf32>, tensor<i32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<8xi1>, %arg4: tensor<8xf32>, %arg5: tensor<i32>):
    %2 = "stablehlo.convert"(%arg5) : (tensor<i32>) -> tensor<f32>
    %3 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %4 = "stablehlo.select"(%arg3, %arg4, %3) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%4) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xi1>, tensor<8xf32>, tensor<f32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<8xi1>, %arg1: tensor<8xf32>, %arg2: tensor<f32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %1 = "stablehlo.select"(%arg0, %arg1, %0) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%1) : (tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
