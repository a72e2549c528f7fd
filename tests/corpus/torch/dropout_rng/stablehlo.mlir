module @IrToHlo.60 attributes {mhlo.cross_program_prefetches = [], mhlo.input_output_alias = [], mhlo.is_dynamic = false, mhlo.use_auto_spmd_partitioning = false} {
  func.func @main(%arg0: tensor<8xf32>, %arg1: tensor<8x32xf32>, %arg2: tensor<i64>, %arg3: tensor<32xf32>, %arg4: tensor<32x16xf32>, %arg5: tensor<4x16xf32>) -> tensor<4x8xf32> {
    %cst = stablehlo.constant dense<5.000000e-01> : tensor<4x32xf32>
    %cst_0 = stablehlo.constant dense<1.1920929E-7> : tensor<4x32xf32>
    %c = stablehlo.constant dense<9> : tensor<4x32xui32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<4x32xf32>
    %c_2 = stablehlo.constant dense<0> : tensor<1xui64>
    %c_3 = stablehlo.constant dense<2531011> : tensor<i64>
    %c_4 = stablehlo.constant dense<214013> : tensor<i64>
    %0 = stablehlo.multiply %arg2, %c_4 : tensor<i64>
    %1 = stablehlo.add %0, %c_3 : tensor<i64>
    %2 = stablehlo.convert %1 : (tensor<i64>) -> tensor<ui64>
    %3 = stablehlo.reshape %2 : (tensor<ui64>) -> tensor<1xui64>
    %4 = stablehlo.concatenate %3, %c_2, dim = 0 : (tensor<1xui64>, tensor<1xui64>) -> tensor<2xui64>
    %output_state, %output = stablehlo.rng_bit_generator %4, algorithm =  DEFAULT : (tensor<2xui64>) -> (tensor<2xui64>, tensor<4x32xui32>)
    %5 = stablehlo.transpose %arg4, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[16,32]{0,1}"} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %6 = stablehlo.dot_general %arg5, %5, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x16xf32>, tensor<16x32xf32>) -> tensor<4x32xf32>
    %7 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<32xf32>) -> tensor<4x32xf32>
    %8 = stablehlo.add %6, %7 : tensor<4x32xf32>
    %9 = stablehlo.maximum %8, %cst_1 : tensor<4x32xf32>
    %10 = stablehlo.shift_right_logical %output, %c : tensor<4x32xui32>
    %11 = stablehlo.convert %10 : (tensor<4x32xui32>) -> tensor<4x32xf32>
    %12 = stablehlo.multiply %11, %cst_0 : tensor<4x32xf32>
    %13 = stablehlo.compare  LT, %12, %cst : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xi1>
    %14 = stablehlo.convert %13 : (tensor<4x32xi1>) -> tensor<4x32xf32>
    %15 = stablehlo.divide %14, %cst : tensor<4x32xf32>
    %16 = stablehlo.multiply %9, %15 : tensor<4x32xf32>
    %17 = stablehlo.transpose %arg1, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[32,8]{0,1}"} : (tensor<8x32xf32>) -> tensor<32x8xf32>
    %18 = stablehlo.dot_general %16, %17, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x32xf32>, tensor<32x8xf32>) -> tensor<4x8xf32>
    %19 = stablehlo.broadcast_in_dim %arg0, dims = [1] : (tensor<8xf32>) -> tensor<4x8xf32>
    %20 = stablehlo.add %18, %19 : tensor<4x8xf32>
    return %20 : tensor<4x8xf32>
  }
}
