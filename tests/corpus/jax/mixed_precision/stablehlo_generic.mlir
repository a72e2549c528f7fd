"builtin.module"() <{sym_name = "jit_mixed_precision"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4x16xf32>, tensor<16x32xf32>, tensor<32x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xbf16>, tensor<4x32xf32>, tensor<4x8xf32>, tensor<4x16xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}, {jax.result_info = "result[2]"}, {jax.result_info = "result[3]"}, {jax.result_info = "result[4]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<4x16xf32>, %arg1: tensor<16x32xf32>, %arg2: tensor<32x8xf32>):
    %0 = "stablehlo.convert"(%arg0) : (tensor<4x16xf32>) -> tensor<4x16xbf16>
    %1 = "stablehlo.convert"(%arg1) : (tensor<16x32xf32>) -> tensor<16x32xbf16>
    %2 = "stablehlo.dot_general"(%0, %1) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x16xbf16>, tensor<16x32xbf16>) -> tensor<4x32xf32>
    %3 = "stablehlo.multiply"(%2, %2) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %4 = "stablehlo.multiply"(%3, %2) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %5 = "stablehlo.constant"() <{value = dense<4.471500e-02> : tensor<f32>}> : () -> tensor<f32>
    %6 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x32xf32>
    %7 = "stablehlo.multiply"(%6, %4) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %8 = "stablehlo.add"(%2, %7) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %9 = "stablehlo.constant"() <{value = dense<0.797884583> : tensor<f32>}> : () -> tensor<f32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x32xf32>
    %11 = "stablehlo.multiply"(%10, %8) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %12 = "stablehlo.tanh"(%11) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %13 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x32xf32>
    %15 = "stablehlo.add"(%14, %12) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %16 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x32xf32>
    %18 = "stablehlo.multiply"(%17, %15) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %19 = "stablehlo.multiply"(%2, %18) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %20 = "stablehlo.convert"(%19) : (tensor<4x32xf32>) -> tensor<4x32xf16>
    %21 = "stablehlo.convert"(%arg2) : (tensor<32x8xf32>) -> tensor<32x8xf16>
    %22 = "stablehlo.dot_general"(%20, %21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x32xf16>, tensor<32x8xf16>) -> tensor<4x8xf32>
    %23 = "stablehlo.abs"(%arg0) : (tensor<4x16xf32>) -> tensor<4x16xf32>
    %24 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %25 = "stablehlo.reduce"(%23, %24) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg5: tensor<f32>, %arg6: tensor<f32>):
      %49 = "stablehlo.maximum"(%arg5, %arg6) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%49) : (tensor<f32>) -> ()
    }) : (tensor<4x16xf32>, tensor<f32>) -> tensor<f32>
    %26 = "stablehlo.constant"() <{value = dense<4.480000e+02> : tensor<f32>}> : () -> tensor<f32>
    %27 = "stablehlo.divide"(%25, %26) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %29 = "stablehlo.divide"(%arg0, %28) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    %30 = "stablehlo.convert"(%29) : (tensor<4x16xf32>) -> tensor<4x16xf8E4M3FN>
    %31 = "stablehlo.abs"(%arg1) : (tensor<16x32xf32>) -> tensor<16x32xf32>
    %32 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %33 = "stablehlo.reduce"(%31, %32) <{dimensions = array<i64: 0, 1>}> ({
    ^bb0(%arg3: tensor<f32>, %arg4: tensor<f32>):
      %48 = "stablehlo.maximum"(%arg3, %arg4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%48) : (tensor<f32>) -> ()
    }) : (tensor<16x32xf32>, tensor<f32>) -> tensor<f32>
    %34 = "stablehlo.constant"() <{value = dense<5.734400e+04> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.divide"(%33, %34) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16x32xf32>
    %37 = "stablehlo.divide"(%arg1, %36) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %38 = "stablehlo.convert"(%37) : (tensor<16x32xf32>) -> tensor<16x32xf8E5M2>
    %39 = "stablehlo.dot_general"(%30, %38) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<4x16xf8E4M3FN>, tensor<16x32xf8E5M2>) -> tensor<4x32xf32>
    %40 = "stablehlo.multiply"(%27, %35) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %41 = "stablehlo.broadcast_in_dim"(%40) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x32xf32>
    %42 = "stablehlo.multiply"(%39, %41) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %43 = "stablehlo.reduce_precision"(%22) <{exponent_bits = 5 : i32, mantissa_bits = 2 : i32}> : (tensor<4x8xf32>) -> tensor<4x8xf32>
    %44 = "stablehlo.convert"(%22) : (tensor<4x8xf32>) -> tensor<4x8xbf16>
    %45 = "stablehlo.convert"(%30) : (tensor<4x16xf8E4M3FN>) -> tensor<4x16xf32>
    %46 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4x16xf32>
    %47 = "stablehlo.multiply"(%45, %46) : (tensor<4x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
    "func.return"(%22, %44, %42, %43, %47) : (tensor<4x8xf32>, tensor<4x8xbf16>, tensor<4x32xf32>, tensor<4x8xf32>, tensor<4x16xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
