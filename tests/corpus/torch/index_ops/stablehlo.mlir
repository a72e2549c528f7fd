module @IrToHlo.145 attributes {mhlo.cross_program_prefetches = [], mhlo.input_output_alias = [], mhlo.is_dynamic = false, mhlo.use_auto_spmd_partitioning = false} {
  func.func @main(%arg0: tensor<4x10xf32>, %arg1: tensor<4x5xi64>, %arg2: tensor<4x5xf32>) -> (tensor<4x3xf32>, tensor<4x3xi64>, tensor<4x5xf32>, tensor<4x10xf32>, tensor<4xi64>, tensor<10xi64>, tensor<4xf32>, tensor<4xi64>, tensor<4x10xf32>) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<4x10xf32>
    %cst_0 = stablehlo.constant dense<-3.40282347E+38> : tensor<f32>
    %cst_1 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %cst_2 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.iota dim = 0 : tensor<10xi32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<10xi32>) -> tensor<4x10xi32>
    %2:2 = "stablehlo.sort"(%arg0, %1) <{dimension = 1 : i64, is_stable = false}> ({
    ^bb0(%arg3: tensor<f32>, %arg4: tensor<f32>, %arg5: tensor<i32>, %arg6: tensor<i32>):
      %25 = stablehlo.compare  GT, %arg3, %arg4,  TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
      stablehlo.return %25 : tensor<i1>
    }) : (tensor<4x10xf32>, tensor<4x10xi32>) -> (tensor<4x10xf32>, tensor<4x10xi32>)
    %3 = stablehlo.slice %2#0 [0:4, 0:3] : (tensor<4x10xf32>) -> tensor<4x3xf32>
    %4 = stablehlo.slice %2#1 [0:4, 0:3] : (tensor<4x10xi32>) -> tensor<4x3xi32>
    %5 = stablehlo.convert %4 : (tensor<4x3xi32>) -> tensor<4x3xi64>
    %6 = stablehlo.iota dim = 0 : tensor<4xui32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0] : (tensor<4xui32>) -> tensor<4x5x1xui32>
    %8 = stablehlo.convert %arg1 : (tensor<4x5xi64>) -> tensor<4x5xui32>
    %9 = stablehlo.reshape %8 : (tensor<4x5xui32>) -> tensor<4x5x1xui32>
    %10 = stablehlo.concatenate %7, %9, dim = 2 : (tensor<4x5x1xui32>, tensor<4x5x1xui32>) -> tensor<4x5x2xui32>
    %11 = "stablehlo.gather"(%arg0, %10) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<4x10xf32>, tensor<4x5x2xui32>) -> tensor<4x5xf32>
    %12 = stablehlo.iota dim = 0 : tensor<4xi64>
    %13 = stablehlo.broadcast_in_dim %12, dims = [0] : (tensor<4xi64>) -> tensor<4x5x1xi64>
    %14 = stablehlo.reshape %arg1 : (tensor<4x5xi64>) -> tensor<4x5x1xi64>
    %15 = stablehlo.concatenate %13, %14, dim = 2 : (tensor<4x5x1xi64>, tensor<4x5x1xi64>) -> tensor<4x5x2xi64>
    %16 = "stablehlo.scatter"(%cst, %15, %arg2) <{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0, 1], scatter_dims_to_operand_dims = [0, 1], index_vector_dim = 2>, unique_indices = false}> ({
    ^bb0(%arg3: tensor<f32>, %arg4: tensor<f32>):
      %25 = stablehlo.add %arg3, %arg4 : tensor<f32>
      stablehlo.return %25 : tensor<f32>
    }) : (tensor<4x10xf32>, tensor<4x5x2xi64>, tensor<4x5xf32>) -> tensor<4x10xf32>
    %17:2 = stablehlo.reduce(%arg0 init: %cst_2), (%1 init: %c) across dimensions = [1] : (tensor<4x10xf32>, tensor<4x10xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg3: tensor<f32>, %arg5: tensor<f32>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %25 = stablehlo.compare  GE, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %26 = stablehlo.select %25, %arg3, %arg5 : tensor<i1>, tensor<f32>
      %27 = stablehlo.compare  EQ, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %28 = stablehlo.minimum %arg4, %arg6 : tensor<i32>
      %29 = stablehlo.select %25, %arg4, %arg6 : tensor<i1>, tensor<i32>
      %30 = stablehlo.select %27, %28, %29 : tensor<i1>, tensor<i32>
      stablehlo.return %26, %30 : tensor<f32>, tensor<i32>
    }
    %18 = stablehlo.convert %17#1 : (tensor<4xi32>) -> tensor<4xi64>
    %19 = stablehlo.iota dim = 0 : tensor<4xi32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0] : (tensor<4xi32>) -> tensor<4x10xi32>
    %21:2 = stablehlo.reduce(%arg0 init: %cst_1), (%20 init: %c) across dimensions = [0] : (tensor<4x10xf32>, tensor<4x10xi32>, tensor<f32>, tensor<i32>) -> (tensor<10xf32>, tensor<10xi32>)
     reducer(%arg3: tensor<f32>, %arg5: tensor<f32>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %25 = stablehlo.compare  LE, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %26 = stablehlo.select %25, %arg3, %arg5 : tensor<i1>, tensor<f32>
      %27 = stablehlo.compare  EQ, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %28 = stablehlo.minimum %arg4, %arg6 : tensor<i32>
      %29 = stablehlo.select %25, %arg4, %arg6 : tensor<i1>, tensor<i32>
      %30 = stablehlo.select %27, %28, %29 : tensor<i1>, tensor<i32>
      stablehlo.return %26, %30 : tensor<f32>, tensor<i32>
    }
    %22 = stablehlo.convert %21#1 : (tensor<10xi32>) -> tensor<10xi64>
    %23 = stablehlo.reduce(%arg0 init: %cst_0) applies stablehlo.maximum across dimensions = [1] : (tensor<4x10xf32>, tensor<f32>) -> tensor<4xf32>
    %24 = "stablehlo.reduce_window"(%arg0, %cst_3) <{base_dilations = array<i64: 1, 1>, padding = dense<[[0, 0], [9, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 1, 1>, window_dimensions = array<i64: 1, 10>, window_strides = array<i64: 1, 1>}> ({
    ^bb0(%arg3: tensor<f32>, %arg4: tensor<f32>):
      %25 = stablehlo.add %arg3, %arg4 : tensor<f32>
      stablehlo.return %25 : tensor<f32>
    }) : (tensor<4x10xf32>, tensor<f32>) -> tensor<4x10xf32>
    return %3, %5, %11, %16, %18, %22, %23, %18, %24 : tensor<4x3xf32>, tensor<4x3xi64>, tensor<4x5xf32>, tensor<4x10xf32>, tensor<4xi64>, tensor<10xi64>, tensor<4xf32>, tensor<4xi64>, tensor<4x10xf32>
  }
}
