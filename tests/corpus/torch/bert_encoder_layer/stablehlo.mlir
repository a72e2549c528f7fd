module @IrToHlo.236 attributes {mhlo.cross_program_prefetches = [], mhlo.input_output_alias = [], mhlo.is_dynamic = false, mhlo.use_auto_spmd_partitioning = false} {
  func.func @main(%arg0: tensor<32xf32>, %arg1: tensor<32xf32>, %arg2: tensor<32x64xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64x32xf32>, %arg5: tensor<32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32x32xf32>, %arg8: tensor<96xf32>, %arg9: tensor<96x32xf32>, %arg10: tensor<2x8x32xf32>, %arg11: tensor<2x8xi1>, %arg12: tensor<32xf32>, %arg13: tensor<32xf32>) -> tensor<2x8x32xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<2x8x64xf32>
    %cst_0 = stablehlo.constant dense<0.707106769> : tensor<2x8x64xf32>
    %cst_1 = stablehlo.constant dense<5.000000e-01> : tensor<2x8x64xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<16xf32>
    %cst_3 = stablehlo.constant dense<1.000000e+00> : tensor<16xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<2x8xf32>
    %cst_5 = stablehlo.constant dense<0xFF800000> : tensor<2x8xf32>
    %cst_6 = stablehlo.constant dense<0.594603539> : tensor<2x4x8x8xf32>
    %cst_7 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.transpose %arg10, dims = [1, 0, 2] {result_layout = dense<[2, 0, 1]> : tensor<3xindex>, xla_shape = "f32[8,2,32]{2,0,1}"} : (tensor<2x8x32xf32>) -> tensor<8x2x32xf32>
    %1 = stablehlo.transpose %arg9, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[32,96]{0,1}"} : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [1, 2] : (tensor<32x96xf32>) -> tensor<8x32x96xf32>
    %3 = stablehlo.dot_general %0, %2, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x2x32xf32>, tensor<8x32x96xf32>) -> tensor<8x2x96xf32>
    %4 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<96xf32>) -> tensor<8x2x96xf32>
    %5 = stablehlo.add %3, %4 : tensor<8x2x96xf32>
    %6 = stablehlo.reshape %5 : (tensor<8x2x96xf32>) -> tensor<1x8x2x3x32xf32>
    %7 = stablehlo.transpose %6, dims = [3, 1, 2, 0, 4] {result_layout = dense<[4, 0, 2, 1, 3]> : tensor<5xindex>, xla_shape = "f32[3,8,2,1,32]{4,0,2,1,3}"} : (tensor<1x8x2x3x32xf32>) -> tensor<3x8x2x1x32xf32>
    %8 = stablehlo.reshape %7 : (tensor<3x8x2x1x32xf32>) -> tensor<3x8x2x32xf32>
    %9 = stablehlo.slice %8 [0:1, 0:8, 0:2, 0:32] : (tensor<3x8x2x32xf32>) -> tensor<1x8x2x32xf32>
    %10 = stablehlo.reshape %9 : (tensor<1x8x2x32xf32>) -> tensor<8x8x8xf32>
    %11 = stablehlo.transpose %10, dims = [1, 0, 2] {result_layout = dense<[2, 0, 1]> : tensor<3xindex>, xla_shape = "f32[8,8,8]{2,0,1}"} : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %12 = stablehlo.reshape %11 : (tensor<8x8x8xf32>) -> tensor<2x4x8x8xf32>
    %13 = stablehlo.multiply %12, %cst_6 : tensor<2x4x8x8xf32>
    %14 = stablehlo.reshape %13 : (tensor<2x4x8x8xf32>) -> tensor<8x8x8xf32>
    %15 = stablehlo.slice %8 [1:2, 0:8, 0:2, 0:32] : (tensor<3x8x2x32xf32>) -> tensor<1x8x2x32xf32>
    %16 = stablehlo.reshape %15 : (tensor<1x8x2x32xf32>) -> tensor<8x8x8xf32>
    %17 = stablehlo.transpose %16, dims = [1, 0, 2] {result_layout = dense<[2, 0, 1]> : tensor<3xindex>, xla_shape = "f32[8,8,8]{2,0,1}"} : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %18 = stablehlo.reshape %17 : (tensor<8x8x8xf32>) -> tensor<2x4x8x8xf32>
    %19 = stablehlo.transpose %18, dims = [0, 1, 3, 2] {result_layout = dense<[2, 3, 1, 0]> : tensor<4xindex>, xla_shape = "f32[2,4,8,8]{2,3,1,0}"} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %20 = stablehlo.multiply %19, %cst_6 : tensor<2x4x8x8xf32>
    %21 = stablehlo.reshape %20 : (tensor<2x4x8x8xf32>) -> tensor<8x8x8xf32>
    %22 = stablehlo.dot_general %14, %21, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %23 = stablehlo.reshape %22 : (tensor<8x8x8xf32>) -> tensor<2x4x8x8xf32>
    %24 = stablehlo.select %arg11, %cst_5, %cst_4 : tensor<2x8xi1>, tensor<2x8xf32>
    %25 = stablehlo.reshape %24 : (tensor<2x8xf32>) -> tensor<2x1x8xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0, 2, 3] : (tensor<2x1x8xf32>) -> tensor<2x4x1x8xf32>
    %27 = stablehlo.reshape %26 : (tensor<2x4x1x8xf32>) -> tensor<2x4x8xf32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [0, 1, 3] : (tensor<2x4x8xf32>) -> tensor<2x4x8x8xf32>
    %29 = stablehlo.add %23, %28 : tensor<2x4x8x8xf32>
    %30 = stablehlo.reduce(%29 init: %cst_7) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x8x8xf32>, tensor<f32>) -> tensor<2x4x8xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0, 1, 2] : (tensor<2x4x8xf32>) -> tensor<2x4x8x8xf32>
    %32 = stablehlo.subtract %29, %31 : tensor<2x4x8x8xf32>
    %33 = stablehlo.exponential %32 : tensor<2x4x8x8xf32>
    %34 = stablehlo.reduce(%33 init: %cst_8) applies stablehlo.add across dimensions = [3] : (tensor<2x4x8x8xf32>, tensor<f32>) -> tensor<2x4x8xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1, 2] : (tensor<2x4x8xf32>) -> tensor<2x4x8x8xf32>
    %36 = stablehlo.divide %33, %35 : tensor<2x4x8x8xf32>
    %37 = stablehlo.reshape %36 : (tensor<2x4x8x8xf32>) -> tensor<8x8x8xf32>
    %38 = stablehlo.slice %8 [2:3, 0:8, 0:2, 0:32] : (tensor<3x8x2x32xf32>) -> tensor<1x8x2x32xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x8x2x32xf32>) -> tensor<8x8x8xf32>
    %40 = stablehlo.transpose %39, dims = [1, 0, 2] {result_layout = dense<[2, 0, 1]> : tensor<3xindex>, xla_shape = "f32[8,8,8]{2,0,1}"} : (tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %41 = stablehlo.dot_general %37, %40, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
    %42 = stablehlo.reshape %41 : (tensor<8x8x8xf32>) -> tensor<2x4x8x8xf32>
    %43 = stablehlo.transpose %42, dims = [2, 0, 1, 3] {result_layout = dense<[3, 0, 2, 1]> : tensor<4xindex>, xla_shape = "f32[8,2,4,8]{3,0,2,1}"} : (tensor<2x4x8x8xf32>) -> tensor<8x2x4x8xf32>
    %44 = stablehlo.reshape %43 : (tensor<8x2x4x8xf32>) -> tensor<16x32xf32>
    %45 = stablehlo.transpose %arg7, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[32,32]{0,1}"} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %46 = stablehlo.dot_general %44, %45, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<16x32xf32>, tensor<32x32xf32>) -> tensor<16x32xf32>
    %47 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<32xf32>) -> tensor<16x32xf32>
    %48 = stablehlo.add %46, %47 : tensor<16x32xf32>
    %49 = stablehlo.reshape %48 : (tensor<16x32xf32>) -> tensor<8x2x32xf32>
    %50 = stablehlo.transpose %49, dims = [1, 0, 2] {result_layout = dense<[2, 0, 1]> : tensor<3xindex>, xla_shape = "f32[2,8,32]{2,0,1}"} : (tensor<8x2x32xf32>) -> tensor<2x8x32xf32>
    %51 = stablehlo.add %arg10, %50 : tensor<2x8x32xf32>
    %52 = stablehlo.reshape %51 : (tensor<2x8x32xf32>) -> tensor<1x16x32xf32>
    %output, %batch_mean, %batch_var = "stablehlo.batch_norm_training"(%52, %cst_3, %cst_2) <{epsilon = 9.99999974E-6 : f32, feature_index = 1 : i64}> : (tensor<1x16x32xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<1x16x32xf32>, tensor<16xf32>, tensor<16xf32>)
    %53 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<32xf32>) -> tensor<2x8x32xf32>
    %54 = stablehlo.reshape %output : (tensor<1x16x32xf32>) -> tensor<2x8x32xf32>
    %55 = stablehlo.broadcast_in_dim %arg5, dims = [2] : (tensor<32xf32>) -> tensor<2x8x32xf32>
    %56 = stablehlo.multiply %54, %55 : tensor<2x8x32xf32>
    %57 = stablehlo.add %53, %56 : tensor<2x8x32xf32>
    %58 = stablehlo.reshape %57 : (tensor<2x8x32xf32>) -> tensor<16x32xf32>
    %59 = stablehlo.transpose %arg4, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[32,64]{0,1}"} : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %60 = stablehlo.dot_general %58, %59, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<16x32xf32>, tensor<32x64xf32>) -> tensor<16x64xf32>
    %61 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<64xf32>) -> tensor<16x64xf32>
    %62 = stablehlo.add %60, %61 : tensor<16x64xf32>
    %63 = stablehlo.reshape %62 : (tensor<16x64xf32>) -> tensor<2x8x64xf32>
    %64 = stablehlo.multiply %63, %cst_1 : tensor<2x8x64xf32>
    %65 = stablehlo.multiply %63, %cst_0 : tensor<2x8x64xf32>
    %66 = stablehlo.custom_call @mhlo.erf(%65) {mhlo.attributes = {}, mhlo.version = 1 : i64} : (tensor<2x8x64xf32>) -> tensor<2x8x64xf32>
    %67 = stablehlo.add %66, %cst : tensor<2x8x64xf32>
    %68 = stablehlo.multiply %64, %67 : tensor<2x8x64xf32>
    %69 = stablehlo.reshape %68 : (tensor<2x8x64xf32>) -> tensor<16x64xf32>
    %70 = stablehlo.transpose %arg2, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[64,32]{0,1}"} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %71 = stablehlo.dot_general %69, %70, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<16x64xf32>, tensor<64x32xf32>) -> tensor<16x32xf32>
    %72 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<32xf32>) -> tensor<16x32xf32>
    %73 = stablehlo.add %71, %72 : tensor<16x32xf32>
    %74 = stablehlo.reshape %73 : (tensor<16x32xf32>) -> tensor<2x8x32xf32>
    %75 = stablehlo.add %57, %74 : tensor<2x8x32xf32>
    %76 = stablehlo.reshape %75 : (tensor<2x8x32xf32>) -> tensor<1x16x32xf32>
    %output_9, %batch_mean_10, %batch_var_11 = "stablehlo.batch_norm_training"(%76, %cst_3, %cst_2) <{epsilon = 9.99999974E-6 : f32, feature_index = 1 : i64}> : (tensor<1x16x32xf32>, tensor<16xf32>, tensor<16xf32>) -> (tensor<1x16x32xf32>, tensor<16xf32>, tensor<16xf32>)
    %77 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<32xf32>) -> tensor<2x8x32xf32>
    %78 = stablehlo.reshape %output_9 : (tensor<1x16x32xf32>) -> tensor<2x8x32xf32>
    %79 = stablehlo.broadcast_in_dim %arg0, dims = [2] : (tensor<32xf32>) -> tensor<2x8x32xf32>
    %80 = stablehlo.multiply %78, %79 : tensor<2x8x32xf32>
    %81 = stablehlo.add %77, %80 : tensor<2x8x32xf32>
    return %81 : tensor<2x8x32xf32>
  }
}
