module @IrToHlo.44 attributes {mhlo.cross_program_prefetches = [], mhlo.input_output_alias = [], mhlo.is_dynamic = false, mhlo.use_auto_spmd_partitioning = false} {
  func.func @main(%arg0: tensor<10xbf16>, %arg1: tensor<10x64xbf16>, %arg2: tensor<64xbf16>, %arg3: tensor<64x64xbf16>, %arg4: tensor<64xbf16>, %arg5: tensor<64x32xbf16>, %arg6: tensor<8x32xbf16>) -> tensor<8x10xbf16> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<8x64xbf16>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<8x64xbf16>
    %cst_1 = stablehlo.constant dense<7.070310e-01> : tensor<8x64xbf16>
    %cst_2 = stablehlo.constant dense<5.000000e-01> : tensor<8x64xbf16>
    %0 = stablehlo.transpose %arg5, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "bf16[32,64]{0,1}"} : (tensor<64x32xbf16>) -> tensor<32x64xbf16>
    %1 = stablehlo.dot_general %arg6, %0, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x32xbf16>, tensor<32x64xbf16>) -> tensor<8x64xbf16>
    %2 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<64xbf16>) -> tensor<8x64xbf16>
    %3 = stablehlo.add %1, %2 : tensor<8x64xbf16>
    %4 = stablehlo.multiply %3, %cst_2 : tensor<8x64xbf16>
    %5 = stablehlo.multiply %3, %cst_1 : tensor<8x64xbf16>
    %6 = stablehlo.custom_call @mhlo.erf(%5) {mhlo.attributes = {}, mhlo.version = 1 : i64} : (tensor<8x64xbf16>) -> tensor<8x64xbf16>
    %7 = stablehlo.add %6, %cst_0 : tensor<8x64xbf16>
    %8 = stablehlo.multiply %4, %7 : tensor<8x64xbf16>
    %9 = stablehlo.transpose %arg3, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "bf16[64,64]{0,1}"} : (tensor<64x64xbf16>) -> tensor<64x64xbf16>
    %10 = stablehlo.dot_general %8, %9, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x64xbf16>, tensor<64x64xbf16>) -> tensor<8x64xbf16>
    %11 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<64xbf16>) -> tensor<8x64xbf16>
    %12 = stablehlo.add %10, %11 : tensor<8x64xbf16>
    %13 = stablehlo.maximum %12, %cst : tensor<8x64xbf16>
    %14 = stablehlo.transpose %arg1, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "bf16[64,10]{0,1}"} : (tensor<10x64xbf16>) -> tensor<64x10xbf16>
    %15 = stablehlo.dot_general %13, %14, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8x64xbf16>, tensor<64x10xbf16>) -> tensor<8x10xbf16>
    %16 = stablehlo.broadcast_in_dim %arg0, dims = [1] : (tensor<10xbf16>) -> tensor<8x10xbf16>
    %17 = stablehlo.add %15, %16 : tensor<8x10xbf16>
    return %17 : tensor<8x10xbf16>
  }
}
