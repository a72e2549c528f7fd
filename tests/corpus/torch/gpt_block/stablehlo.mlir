module @IrToHlo.247 attributes {mhlo.cross_program_prefetches = [], mhlo.input_output_alias = [], mhlo.is_dynamic = false, mhlo.use_auto_spmd_partitioning = false} {
  func.func @main(%arg0: tensor<32xf32>, %arg1: tensor<32x128xf32>, %arg2: tensor<128xf32>, %arg3: tensor<128x32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<32xf32>, %arg6: tensor<32x32xf32>, %arg7: tensor<96xf32>, %arg8: tensor<96x32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<2x8x32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<i1>, %arg13: tensor<32xf32>) -> tensor<2x8x32xf32> {
    %cst = stablehlo.constant dense<3.000000e+00> : tensor<2x8x128xf32>
    %cst_0 = stablehlo.constant dense<4.471500e-02> : tensor<2x8x128xf32>
    %cst_1 = stablehlo.constant dense<0.797884583> : tensor<2x8x128xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<2x8x128xf32>
    %cst_3 = stablehlo.constant dense<5.000000e-01> : tensor<2x8x128xf32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<8x8xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<8x8xf32>
    %c = stablehlo.constant dense<0> : tensor<8x8xi64>
    %cst_6 = stablehlo.constant dense<0.594603539> : tensor<2x4x8x8xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<16xf32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<16xf32>
    %cst_9 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c_10 = stablehlo.constant dense<[0, 1, 2, 3, 4, 5, 6, 7]> : tensor<8xi64>
    %cst_11 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.reshape %arg10 : (tensor<2x8x32xf32>) -> tensor<1x16x32xf32>
    %output, %batch_mean, %batch_var = "stablehlo.batch_norm_training"(%0, %cst_8, %cst_7) <{epsilon = 9.99999974E-6 : f32, feature_index = 1 : i64}> : (tensor<1x16x32xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<1x16x32xf32>, tensor<16xf32>, tensor<16xf32>)
    %1 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<32xf32>) -> tensor<2x8x32xf32>
    %2 = stablehlo.reshape %output : (tensor<1x16x32xf32>) -> tensor<2x8x32xf32>
    %3 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<32xf32>) -> tensor<2x8x32xf32>
    %4 = stablehlo.multiply %2, %3 : tensor<2x8x32xf32>
    %5 = stablehlo.add %1, %4 : tensor<2x8x32xf32>
    %6 = stablehlo.reshape %5 : (tensor<2x8x32xf32>) -> tensor<16x32xf32>
    %7 = stablehlo.transpose %arg8, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[32,96]{0,1}"} : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %8 = stablehlo.dot_general %6, %7, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<16x32xf32>, tensor<32x96xf32>) -> tensor<16x96xf32>
    %9 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<96xf32>) -> tensor<16x96xf32>
    %10 = stablehlo.add %8, %9 : tensor<16x96xf32>
    %11 = stablehlo.reshape %10 : (tensor<16x96xf32>) -> tensor<2x8x96xf32>
    %12 = stablehlo.slice %11 [0:2, 0:8, 0:32] : (tensor<2x8x96xf32>) -> tensor<2x8x32xf32>
    %13 = stablehlo.reshape %12 : (tensor<2x8x32xf32>) -> tensor<2x8x4x8xf32>
    %14 = stablehlo.transpose %13, dims = [0, 2, 1, 3] {result_layout = dense<[3, 1, 2, 0]> : tensor<4xindex>, xla_shape = "f32[2,4,8,8]{3,1,2,0}"} : (tensor<2x8x4x8xf32>) -> tensor<2x4x8x8xf32>
    %15 = stablehlo.multiply %14, %cst_6 : tensor<2x4x8x8xf32>
    %16 = stablehlo.reshape %15 : (tensor<2x4x8x8xf32>) -> tensor<8x8x8xf32>
    %17 = stablehlo.slice %11 [0:2, 0:8, 32:64] : (tensor<2x8x96xf32>) -> tensor<2x8x32xf32>
    %18 = stablehlo.reshape %17 : (tensor<2x8x32xf32>) -> tensor<2x8x4x8xf32>
    %19 = stablehlo.transpose %18, dims = [0, 2, 3, 1] : (tensor<2x8x4x8xf32>) -> tensor<2x4x8x8xf32>
    %20 = stablehlo.multiply %19, %cst_6 : tensor<2x4x8x8xf32>
    %21 = stablehlo.reshape %20 : (tensor<2x4x8x8xf32>) -> tensor<8x8x8xf32>
    %22 = stablehlo.dot_general %16, %21, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %23 = stablehlo.reshape %22 : (tensor<8x8x8xf32>) -> tensor<2x4x8x8xf32>
    %24 = stablehlo.broadcast_in_dim %c_10, dims = [1] : (tensor<8xi64>) -> tensor<8x8xi64>
    %25 = stablehlo.broadcast_in_dim %c_10, dims = [0] : (tensor<8xi64>) -> tensor<8x8xi64>
    %26 = stablehlo.subtract %24, %25 : tensor<8x8xi64>
    %27 = stablehlo.compare  LE, %26, %c : (tensor<8x8xi64>, tensor<8x8xi64>) -> tensor<8x8xi1>
    %28 = stablehlo.broadcast_in_dim %arg12, dims = [] : (tensor<i1>) -> tensor<8x8xi1>
    %29 = stablehlo.and %27, %28 : tensor<8x8xi1>
    %30 = stablehlo.select %29, %cst_5, %cst_4 : tensor<8x8xi1>, tensor<8x8xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [2, 3] : (tensor<8x8xf32>) -> tensor<2x4x8x8xf32>
    %32 = stablehlo.add %23, %31 : tensor<2x4x8x8xf32>
    %33 = stablehlo.reduce(%32 init: %cst_9) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x8x8xf32>, tensor<f32>) -> tensor<2x4x8xf32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [0, 1, 2] : (tensor<2x4x8xf32>) -> tensor<2x4x8x8xf32>
    %35 = stablehlo.subtract %32, %34 : tensor<2x4x8x8xf32>
    %36 = stablehlo.exponential %35 : tensor<2x4x8x8xf32>
    %37 = stablehlo.reduce(%36 init: %cst_11) applies stablehlo.add across dimensions = [3] : (tensor<2x4x8x8xf32>, tensor<f32>) -> tensor<2x4x8xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1, 2] : (tensor<2x4x8xf32>) -> tensor<2x4x8x8xf32>
    %39 = stablehlo.divide %36, %38 : tensor<2x4x8x8xf32>
    %40 = stablehlo.reshape %39 : (tensor<2x4x8x8xf32>) -> tensor<8x8x8xf32>
    %41 = stablehlo.slice %11 [0:2, 0:8, 64:96] : (tensor<2x8x96xf32>) -> tensor<2x8x32xf32>
    %42 = stablehlo.reshape %41 : (tensor<2x8x32xf32>) -> tensor<2x8x4x8xf32>
    %43 = stablehlo.transpose %42, dims = [0, 2, 1, 3] {result_layout = dense<[3, 1, 2, 0]> : tensor<4xindex>, xla_shape = "f32[2,4,8,8]{3,1,2,0}"} : (tensor<2x8x4x8xf32>) -> tensor<2x4x8x8xf32>
    %44 = stablehlo.reshape %43 : (tensor<2x4x8x8xf32>) -> tensor<8x8x8xf32>
    %45 = stablehlo.dot_general %40, %44, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %46 = stablehlo.reshape %45 : (tensor<8x8x8xf32>) -> tensor<2x4x8x8xf32>
    %47 = stablehlo.transpose %46, dims = [0, 2, 1, 3] {result_layout = dense<[3, 1, 2, 0]> : tensor<4xindex>, xla_shape = "f32[2,8,4,8]{3,1,2,0}"} : (tensor<2x4x8x8xf32>) -> tensor<2x8x4x8xf32>
    %48 = stablehlo.reshape %47 : (tensor<2x8x4x8xf32>) -> tensor<2x8x32xf32>
    %49 = stablehlo.transpose %arg6, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[32,32]{0,1}"} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %50 = stablehlo.broadcast_in_dim %49, dims = [1, 2] : (tensor<32x32xf32>) -> tensor<2x32x32xf32>
    %51 = stablehlo.dot_general %48, %50, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x8x32xf32>, tensor<2x32x32xf32>) -> tensor<2x8x32xf32>
    %52 = stablehlo.broadcast_in_dim %arg5, dims = [2] : (tensor<32xf32>) -> tensor<2x8x32xf32>
    %53 = stablehlo.add %51, %52 : tensor<2x8x32xf32>
    %54 = stablehlo.add %arg10, %53 : tensor<2x8x32xf32>
    %55 = stablehlo.reshape %54 : (tensor<2x8x32xf32>) -> tensor<1x16x32xf32>
    %output_12, %batch_mean_13, %batch_var_14 = "stablehlo.batch_norm_training"(%55, %cst_8, %cst_7) <{epsilon = 9.99999974E-6 : f32, feature_index = 1 : i64}> : (tensor<1x16x32xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<1x16x32xf32>, tensor<16xf32>, tensor<16xf32>)
    %56 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xf32>) -> tensor<2x8x32xf32>
    %57 = stablehlo.reshape %output_12 : (tensor<1x16x32xf32>) -> tensor<2x8x32xf32>
    %58 = stablehlo.broadcast_in_dim %arg4, dims = [2] : (tensor<32xf32>) -> tensor<2x8x32xf32>
    %59 = stablehlo.multiply %57, %58 : tensor<2x8x32xf32>
    %60 = stablehlo.add %56, %59 : tensor<2x8x32xf32>
    %61 = stablehlo.reshape %60 : (tensor<2x8x32xf32>) -> tensor<16x32xf32>
    %62 = stablehlo.transpose %arg3, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[32,128]{0,1}"} : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %63 = stablehlo.dot_general %61, %62, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<16x32xf32>, tensor<32x128xf32>) -> tensor<16x128xf32>
    %64 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<128xf32>) -> tensor<16x128xf32>
    %65 = stablehlo.add %63, %64 : tensor<16x128xf32>
    %66 = stablehlo.reshape %65 : (tensor<16x128xf32>) -> tensor<2x8x128xf32>
    %67 = stablehlo.multiply %66, %cst_3 : tensor<2x8x128xf32>
    %68 = stablehlo.power %66, %cst : tensor<2x8x128xf32>
    %69 = stablehlo.multiply %68, %cst_0 : tensor<2x8x128xf32>
    %70 = stablehlo.add %66, %69 : tensor<2x8x128xf32>
    %71 = stablehlo.multiply %70, %cst_1 : tensor<2x8x128xf32>
    %72 = stablehlo.tanh %71 : tensor<2x8x128xf32>
    %73 = stablehlo.add %72, %cst_2 : tensor<2x8x128xf32>
    %74 = stablehlo.multiply %67, %73 : tensor<2x8x128xf32>
    %75 = stablehlo.reshape %74 : (tensor<2x8x128xf32>) -> tensor<16x128xf32>
    %76 = stablehlo.transpose %arg1, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[128,32]{0,1}"} : (tensor<32x128xf32>) -> tensor<128x32xf32>
    %77 = stablehlo.dot_general %75, %76, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<16x128xf32>, tensor<128x32xf32>) -> tensor<16x32xf32>
    %78 = stablehlo.broadcast_in_dim %arg0, dims = [1] : (tensor<32xf32>) -> tensor<16x32xf32>
    %79 = stablehlo.add %77, %78 : tensor<16x32xf32>
    %80 = stablehlo.reshape %79 : (tensor<16x32xf32>) -> tensor<2x8x32xf32>
    %81 = stablehlo.add %54, %80 : tensor<2x8x32xf32>
    return %81 : tensor<2x8x32xf32>
  }
}
