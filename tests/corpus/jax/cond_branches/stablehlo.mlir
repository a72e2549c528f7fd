module @jit_cond_branches attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>, %arg1: tensor<8x8xf32>, %arg2: tensor<4xi32>) -> (tensor<8xf32> {jax.result_info = "result[0]"}, tensor<8xf32> {jax.result_info = "result[1]"}, tensor<4x8xf32> {jax.result_info = "result[2]"}) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.reduce(%arg0 init: %cst) applies stablehlo.add across dimensions = [0] : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1 = stablehlo.compare GT, %0, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %2 = stablehlo.convert %1 : (tensor<i1>) -> tensor<i32>
    %3 = "stablehlo.case"(%2) ({
      %28 = stablehlo.negate %arg0 : tensor<8xf32>
      %cst_8 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
      %29 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %30 = stablehlo.multiply %28, %29 : tensor<8xf32>
      stablehlo.return %30 : tensor<8xf32>
    }, {
      %28 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      %29 = stablehlo.tanh %28 : tensor<8xf32>
      stablehlo.return %29 : tensor<8xf32>
    }) : (tensor<i32>) -> tensor<8xf32>
    %4 = stablehlo.not %1 : tensor<i1>
    %5 = stablehlo.convert %4 : (tensor<i1>) -> tensor<i32>
    %6 = "stablehlo.case"(%5) ({
      %28 = stablehlo.negate %arg0 : tensor<8xf32>
      %cst_8 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
      %29 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8xf32>
      %30 = stablehlo.multiply %28, %29 : tensor<8xf32>
      stablehlo.return %30 : tensor<8xf32>
    }, {
      %28 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      %29 = stablehlo.tanh %28 : tensor<8xf32>
      stablehlo.return %29 : tensor<8xf32>
    }) : (tensor<i32>) -> tensor<8xf32>
    %7 = stablehlo.slice %arg2 [0:1] : (tensor<4xi32>) -> tensor<1xi32>
    %8 = stablehlo.reshape %7 : (tensor<1xi32>) -> tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %9 = stablehlo.clamp %c, %8, %c_1 : tensor<i32>
    %10 = "stablehlo.case"(%9) ({
      %28 = stablehlo.sine %arg0 : tensor<8xf32>
      stablehlo.return %28 : tensor<8xf32>
    }, {
      %28 = stablehlo.cosine %arg0 : tensor<8xf32>
      %29 = stablehlo.dot_general %28, %arg1, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      stablehlo.return %29 : tensor<8xf32>
    }, {
      %28 = stablehlo.negate %arg0 : tensor<8xf32>
      %29 = stablehlo.multiply %28, %arg0 : tensor<8xf32>
      %30 = stablehlo.exponential %29 : tensor<8xf32>
      stablehlo.return %30 : tensor<8xf32>
    }) : (tensor<i32>) -> tensor<8xf32>
    %11 = stablehlo.slice %arg2 [1:2] : (tensor<4xi32>) -> tensor<1xi32>
    %12 = stablehlo.reshape %11 : (tensor<1xi32>) -> tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %c_3 = stablehlo.constant dense<2> : tensor<i32>
    %13 = stablehlo.clamp %c_2, %12, %c_3 : tensor<i32>
    %14 = "stablehlo.case"(%13) ({
      %28 = stablehlo.sine %arg0 : tensor<8xf32>
      stablehlo.return %28 : tensor<8xf32>
    }, {
      %28 = stablehlo.cosine %arg0 : tensor<8xf32>
      %29 = stablehlo.dot_general %28, %arg1, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      stablehlo.return %29 : tensor<8xf32>
    }, {
      %28 = stablehlo.negate %arg0 : tensor<8xf32>
      %29 = stablehlo.multiply %28, %arg0 : tensor<8xf32>
      %30 = stablehlo.exponential %29 : tensor<8xf32>
      stablehlo.return %30 : tensor<8xf32>
    }) : (tensor<i32>) -> tensor<8xf32>
    %15 = stablehlo.slice %arg2 [2:3] : (tensor<4xi32>) -> tensor<1xi32>
    %16 = stablehlo.reshape %15 : (tensor<1xi32>) -> tensor<i32>
    %c_4 = stablehlo.constant dense<0> : tensor<i32>
    %c_5 = stablehlo.constant dense<2> : tensor<i32>
    %17 = stablehlo.clamp %c_4, %16, %c_5 : tensor<i32>
    %18 = "stablehlo.case"(%17) ({
      %28 = stablehlo.sine %arg0 : tensor<8xf32>
      stablehlo.return %28 : tensor<8xf32>
    }, {
      %28 = stablehlo.cosine %arg0 : tensor<8xf32>
      %29 = stablehlo.dot_general %28, %arg1, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      stablehlo.return %29 : tensor<8xf32>
    }, {
      %28 = stablehlo.negate %arg0 : tensor<8xf32>
      %29 = stablehlo.multiply %28, %arg0 : tensor<8xf32>
      %30 = stablehlo.exponential %29 : tensor<8xf32>
      stablehlo.return %30 : tensor<8xf32>
    }) : (tensor<i32>) -> tensor<8xf32>
    %19 = stablehlo.slice %arg2 [3:4] : (tensor<4xi32>) -> tensor<1xi32>
    %20 = stablehlo.reshape %19 : (tensor<1xi32>) -> tensor<i32>
    %c_6 = stablehlo.constant dense<0> : tensor<i32>
    %c_7 = stablehlo.constant dense<2> : tensor<i32>
    %21 = stablehlo.clamp %c_6, %20, %c_7 : tensor<i32>
    %22 = "stablehlo.case"(%21) ({
      %28 = stablehlo.sine %arg0 : tensor<8xf32>
      stablehlo.return %28 : tensor<8xf32>
    }, {
      %28 = stablehlo.cosine %arg0 : tensor<8xf32>
      %29 = stablehlo.dot_general %28, %arg1, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
      stablehlo.return %29 : tensor<8xf32>
    }, {
      %28 = stablehlo.negate %arg0 : tensor<8xf32>
      %29 = stablehlo.multiply %28, %arg0 : tensor<8xf32>
      %30 = stablehlo.exponential %29 : tensor<8xf32>
      stablehlo.return %30 : tensor<8xf32>
    }) : (tensor<i32>) -> tensor<8xf32>
    %23 = stablehlo.broadcast_in_dim %10, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %24 = stablehlo.broadcast_in_dim %14, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %25 = stablehlo.broadcast_in_dim %18, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %26 = stablehlo.broadcast_in_dim %22, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %27 = stablehlo.concatenate %23, %24, %25, %26, dim = 0 : (tensor<1x8xf32>, tensor<1x8xf32>, tensor<1x8xf32>, tensor<1x8xf32>) -> tensor<4x8xf32>
    return %3, %6, %27 : tensor<8xf32>, tensor<8xf32>, tensor<4x8xf32>
  }
}
