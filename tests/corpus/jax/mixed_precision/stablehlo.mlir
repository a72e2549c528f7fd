module @jit_mixed_precision attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x16xf32>, %arg1: tensor<16x32xf32>, %arg2: tensor<32x8xf32>) -> (tensor<4x8xf32> {jax.result_info = "result[0]"}, tensor<4x8xbf16> {jax.result_info = "result[1]"}, tensor<4x32xf32> {jax.result_info = "result[2]"}, tensor<4x8xf32> {jax.result_info = "result[3]"}, tensor<4x16xf32> {jax.result_info = "result[4]"}) {
    %0 = stablehlo.convert %arg0 : (tensor<4x16xf32>) -> tensor<4x16xbf16>
    %1 = stablehlo.convert %arg1 : (tensor<16x32xf32>) -> tensor<16x32xbf16>
    %2 = stablehlo.dot_general %0, %1, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x16xbf16>, tensor<16x32xbf16>) -> tensor<4x32xf32>
    %3 = stablehlo.multiply %2, %2 : tensor<4x32xf32>
    %4 = stablehlo.multiply %3, %2 : tensor<4x32xf32>
    %cst = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %6 = stablehlo.multiply %5, %4 : tensor<4x32xf32>
    %7 = stablehlo.add %2, %6 : tensor<4x32xf32>
    %cst_0 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %9 = stablehlo.multiply %8, %7 : tensor<4x32xf32>
    %10 = stablehlo.tanh %9 : tensor<4x32xf32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %12 = stablehlo.add %11, %10 : tensor<4x32xf32>
    %cst_2 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %13 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %14 = stablehlo.multiply %13, %12 : tensor<4x32xf32>
    %15 = stablehlo.multiply %2, %14 : tensor<4x32xf32>
    %16 = stablehlo.convert %15 : (tensor<4x32xf32>) -> tensor<4x32xf16>
    %17 = stablehlo.convert %arg2 : (tensor<32x8xf32>) -> tensor<32x8xf16>
    %18 = stablehlo.dot_general %16, %17, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x32xf16>, tensor<32x8xf16>) -> tensor<4x8xf32>
    %19 = stablehlo.abs %arg0 : tensor<4x16xf32>
    %cst_3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %20 = stablehlo.reduce(%19 init: %cst_3) applies stablehlo.maximum across dimensions = [0, 1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<f32>
    %cst_4 = stablehlo.constant dense<4.480000e+02> : tensor<f32>
    %21 = stablehlo.divide %20, %cst_4 : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %23 = stablehlo.divide %arg0, %22 : tensor<4x16xf32>
    %24 = stablehlo.convert %23 : (tensor<4x16xf32>) -> tensor<4x16xf8E4M3FN>
    %25 = stablehlo.abs %arg1 : tensor<16x32xf32>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %26 = stablehlo.reduce(%25 init: %cst_5) applies stablehlo.maximum across dimensions = [0, 1] : (tensor<16x32xf32>, tensor<f32>) -> tensor<f32>
    %cst_6 = stablehlo.constant dense<5.734400e+04> : tensor<f32>
    %27 = stablehlo.divide %26, %cst_6 : tensor<f32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [] : (tensor<f32>) -> tensor<16x32xf32>
    %29 = stablehlo.divide %arg1, %28 : tensor<16x32xf32>
    %30 = stablehlo.convert %29 : (tensor<16x32xf32>) -> tensor<16x32xf8E5M2>
    %31 = stablehlo.dot_general %24, %30, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x16xf8E4M3FN>, tensor<16x32xf8E5M2>) -> tensor<4x32xf32>
    %32 = stablehlo.multiply %21, %27 : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %32, dims = [] : (tensor<f32>) -> tensor<4x32xf32>
    %34 = stablehlo.multiply %31, %33 : tensor<4x32xf32>
    %35 = stablehlo.reduce_precision %18, format = e5m2 : tensor<4x8xf32>
    %36 = stablehlo.convert %18 : (tensor<4x8xf32>) -> tensor<4x8xbf16>
    %37 = stablehlo.convert %24 : (tensor<4x16xf8E4M3FN>) -> tensor<4x16xf32>
    %38 = stablehlo.broadcast_in_dim %21, dims = [] : (tensor<f32>) -> tensor<4x16xf32>
    %39 = stablehlo.multiply %37, %38 : tensor<4x16xf32>
    return %18, %36, %34, %35, %39 : tensor<4x8xf32>, tensor<4x8xbf16>, tensor<4x32xf32>, tensor<4x8xf32>, tensor<4x16xf32>
  }
}
