module @IrToHlo.140 attributes {mhlo.cross_program_prefetches = [], mhlo.input_output_alias = [], mhlo.is_dynamic = false, mhlo.use_auto_spmd_partitioning = false} {
  func.func @main(%arg0: tensor<2x6xi64>, %arg1: tensor<50xf32>, %arg2: tensor<50x16xf32>, %arg3: tensor<2x6xi64>, %arg4: tensor<50x16xf32>) -> tensor<12xf32> {
    %cst = stablehlo.constant dense<2.000000e-03> : tensor<12xf32>
    %cst_0 = stablehlo.constant dense<0.899999976> : tensor<12xf32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<12xf32>
    %c = stablehlo.constant dense<0> : tensor<12xi64>
    %c_2 = stablehlo.constant dense<-100> : tensor<12xi64>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %0 = stablehlo.reshape %arg0 : (tensor<2x6xi64>) -> tensor<12xi64>
    %1 = stablehlo.compare  NE, %0, %c_2 : (tensor<12xi64>, tensor<12xi64>) -> tensor<12xi1>
    %2 = stablehlo.reshape %arg3 : (tensor<2x6xi64>) -> tensor<12xi64>
    %3 = stablehlo.convert %2 : (tensor<12xi64>) -> tensor<12xui32>
    %4 = "stablehlo.gather"(%arg4, %3) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<50x16xf32>, tensor<12xui32>) -> tensor<12x16xf32>
    %5 = stablehlo.transpose %arg2, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[16,50]{0,1}"} : (tensor<50x16xf32>) -> tensor<16x50xf32>
    %6 = stablehlo.dot_general %4, %5, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<12x16xf32>, tensor<16x50xf32>) -> tensor<12x50xf32>
    %7 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<50xf32>) -> tensor<12x50xf32>
    %8 = stablehlo.add %6, %7 : tensor<12x50xf32>
    %9 = stablehlo.reduce(%8 init: %cst_4) applies stablehlo.maximum across dimensions = [1] : (tensor<12x50xf32>, tensor<f32>) -> tensor<12xf32>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0] : (tensor<12xf32>) -> tensor<12x50xf32>
    %11 = stablehlo.subtract %8, %10 : tensor<12x50xf32>
    %12 = stablehlo.exponential %11 : tensor<12x50xf32>
    %13 = stablehlo.reduce(%12 init: %cst_3) applies stablehlo.add across dimensions = [1] : (tensor<12x50xf32>, tensor<f32>) -> tensor<12xf32>
    %14 = stablehlo.log %13 : tensor<12xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0] : (tensor<12xf32>) -> tensor<12x50xf32>
    %16 = stablehlo.subtract %11, %15 : tensor<12x50xf32>
    %17 = stablehlo.iota dim = 0 : tensor<12xui32>
    %18 = stablehlo.reshape %17 : (tensor<12xui32>) -> tensor<12x1x1xui32>
    %19 = stablehlo.select %1, %0, %c : tensor<12xi1>, tensor<12xi64>
    %20 = stablehlo.reshape %19 : (tensor<12xi64>) -> tensor<12x1xi64>
    %21 = stablehlo.convert %20 : (tensor<12x1xi64>) -> tensor<12x1xui32>
    %22 = stablehlo.reshape %21 : (tensor<12x1xui32>) -> tensor<12x1x1xui32>
    %23 = stablehlo.concatenate %18, %22, dim = 2 : (tensor<12x1x1xui32>, tensor<12x1x1xui32>) -> tensor<12x1x2xui32>
    %24 = "stablehlo.gather"(%16, %23) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<12x50xf32>, tensor<12x1x2xui32>) -> tensor<12x1xf32>
    %25 = stablehlo.reshape %24 : (tensor<12x1xf32>) -> tensor<12xf32>
    %26 = stablehlo.negate %25 : tensor<12xf32>
    %27 = stablehlo.select %1, %26, %cst_1 : tensor<12xi1>, tensor<12xf32>
    %28 = stablehlo.convert %1 : (tensor<12xi1>) -> tensor<12xi64>
    %29 = stablehlo.convert %28 : (tensor<12xi64>) -> tensor<12xf32>
    %30 = stablehlo.divide %27, %29 : tensor<12xf32>
    %31 = stablehlo.multiply %30, %cst_0 : tensor<12xf32>
    %32 = stablehlo.compare  EQ, %0, %c_2 : (tensor<12xi64>, tensor<12xi64>) -> tensor<12xi1>
    %33 = stablehlo.reduce(%16 init: %cst_3) applies stablehlo.add across dimensions = [1] : (tensor<12x50xf32>, tensor<f32>) -> tensor<12xf32>
    %34 = stablehlo.negate %33 : tensor<12xf32>
    %35 = stablehlo.select %32, %cst_1, %34 : tensor<12xi1>, tensor<12xf32>
    %36 = stablehlo.not %32 : tensor<12xi1>
    %37 = stablehlo.convert %36 : (tensor<12xi1>) -> tensor<12xi64>
    %38 = stablehlo.convert %37 : (tensor<12xi64>) -> tensor<12xf32>
    %39 = stablehlo.divide %35, %38 : tensor<12xf32>
    %40 = stablehlo.multiply %39, %cst : tensor<12xf32>
    %41 = stablehlo.add %31, %40 : tensor<12xf32>
    return %41 : tensor<12xf32>
  }
}
