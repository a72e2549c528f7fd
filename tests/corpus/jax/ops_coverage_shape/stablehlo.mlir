module @jit_ops_coverage_shape attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3x4xf32>, %arg1: tensor<10xf32>) -> (tensor<3x4x2xf32> {jax.result_info = "result['broadcast']"}, tensor<2x7x4xf32> {jax.result_info = "result['concat']"}, tensor<3xf32> {jax.result_info = "result['diag']"}, tensor<3x3xi32> {jax.result_info = "result['eye']"}, tensor<10xf32> {jax.result_info = "result['flip']"}, tensor<6xi32> {jax.result_info = "result['iota']"}, tensor<3x4xf32> {jax.result_info = "result['iota2d']"}, tensor<7x6xf32> {jax.result_info = "result['pad_2d']"}, tensor<20xf32> {jax.result_info = "result['pad_neg_interior']"}, tensor<6xf32> {jax.result_info = "result['repeat']"}, tensor<4x6xf32> {jax.result_info = "result['reshape']"}, tensor<2x3x4xf32> {jax.result_info = "result['reverse']"}, tensor<10xf32> {jax.result_info = "result['roll']"}, tensor<2x2x2xf32> {jax.result_info = "result['slice_2d']"}, tensor<3xf32> {jax.result_info = "result['slice_strided']"}, tensor<2xf32> {jax.result_info = "result['split_sum']"}, tensor<1x3x4xf32> {jax.result_info = "result['squeeze_expand']"}, tensor<9xf32> {jax.result_info = "result['tile']"}, tensor<4x2x3xf32> {jax.result_info = "result['transpose']"}, tensor<4x4xf32> {jax.result_info = "result['tril']"}) {
    %0 = stablehlo.iota dim = 0 : tensor<6xi32>
    %1 = stablehlo.iota dim = 1 : tensor<3x4xf32>
    %cst = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %2 = stablehlo.pad %arg1, %cst, low = [-2], high = [3], interior = [1] : (tensor<10xf32>, tensor<f32>) -> tensor<20xf32>
    %3 = stablehlo.slice %arg0 [0:1, 0:3, 0:4] : (tensor<2x3x4xf32>) -> tensor<1x3x4xf32>
    %4 = stablehlo.reshape %3 : (tensor<1x3x4xf32>) -> tensor<3x4xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.pad %4, %cst_0, low = [1, 0], high = [-1, 2], interior = [2, 0] : (tensor<3x4xf32>, tensor<f32>) -> tensor<7x6xf32>
    %6 = stablehlo.reverse %arg0, dims = [0, 2] : tensor<2x3x4xf32>
    %cst_1 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x3x4xf32>
    %8 = stablehlo.multiply %arg0, %7 : tensor<2x3x4xf32>
    %9 = stablehlo.slice %arg0 [0:2, 0:1, 0:4] : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
    %10 = stablehlo.concatenate %arg0, %8, %9, dim = 1 : (tensor<2x3x4xf32>, tensor<2x3x4xf32>, tensor<2x1x4xf32>) -> tensor<2x7x4xf32>
    %11 = stablehlo.transpose %arg0, dims = [2, 0, 1] : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
    %12 = stablehlo.slice %arg1 [0:4] : (tensor<10xf32>) -> tensor<4xf32>
    %13 = stablehlo.broadcast_in_dim %12, dims = [1] : (tensor<4xf32>) -> tensor<3x4x2xf32>
    %14 = stablehlo.reshape %arg0 : (tensor<2x3x4xf32>) -> tensor<4x6xf32>
    %15 = stablehlo.slice %arg1 [1:9:3] : (tensor<10xf32>) -> tensor<3xf32>
    %16 = stablehlo.slice %arg0 [0:2, 0:3:2, 1:4:2] : (tensor<2x3x4xf32>) -> tensor<2x2x2xf32>
    %17 = stablehlo.slice %arg0 [0:1, 0:3, 0:4] : (tensor<2x3x4xf32>) -> tensor<1x3x4xf32>
    %18 = stablehlo.reshape %17 : (tensor<1x3x4xf32>) -> tensor<3x4xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [1, 2] : (tensor<3x4xf32>) -> tensor<1x3x4xf32>
    %20 = stablehlo.slice %arg1 [0:3] : (tensor<10xf32>) -> tensor<3xf32>
    %21 = stablehlo.reshape %20 : (tensor<3xf32>) -> tensor<1x3xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1] : (tensor<1x3xf32>) -> tensor<3x3xf32>
    %23 = stablehlo.reshape %22 : (tensor<3x3xf32>) -> tensor<9xf32>
    %24 = stablehlo.slice %arg1 [0:3] : (tensor<10xf32>) -> tensor<3xf32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [0] : (tensor<3xf32>) -> tensor<3x2xf32>
    %26 = stablehlo.reshape %25 : (tensor<3x2xf32>) -> tensor<6xf32>
    %27 = call @_flip(%arg1) : (tensor<10xf32>) -> tensor<10xf32>
    %28 = call @_roll_static(%arg1) : (tensor<10xf32>) -> tensor<10xf32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %29 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
    %30 = call @tril(%29) : (tensor<4x4xf32>) -> tensor<4x4xf32>
    %31 = stablehlo.slice %arg0 [0:1, 0:3, 0:3] : (tensor<2x3x4xf32>) -> tensor<1x3x3xf32>
    %32 = stablehlo.reshape %31 : (tensor<1x3x3xf32>) -> tensor<3x3xf32>
    %33 = call @diagonal(%32) : (tensor<3x3xf32>) -> tensor<3xf32>
    %34 = stablehlo.iota dim = 0 : tensor<3x3xi32>
    %35 = stablehlo.iota dim = 1 : tensor<3x3xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %36 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
    %37 = stablehlo.add %34, %36 : tensor<3x3xi32>
    %38 = stablehlo.compare EQ, %37, %35, SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %39 = stablehlo.convert %38 : (tensor<3x3xi1>) -> tensor<3x3xi32>
    %40 = stablehlo.slice %arg1 [0:2] : (tensor<10xf32>) -> tensor<2xf32>
    %41 = stablehlo.slice %arg1 [2:4] : (tensor<10xf32>) -> tensor<2xf32>
    %42 = stablehlo.slice %arg1 [4:6] : (tensor<10xf32>) -> tensor<2xf32>
    %43 = stablehlo.slice %arg1 [6:8] : (tensor<10xf32>) -> tensor<2xf32>
    %44 = stablehlo.slice %arg1 [8:10] : (tensor<10xf32>) -> tensor<2xf32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %45 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2xf32>
    %46 = stablehlo.add %45, %40 : tensor<2xf32>
    %47 = stablehlo.add %46, %41 : tensor<2xf32>
    %48 = stablehlo.add %47, %42 : tensor<2xf32>
    %49 = stablehlo.add %48, %43 : tensor<2xf32>
    %50 = stablehlo.add %49, %44 : tensor<2xf32>
    return %13, %10, %33, %39, %27, %0, %1, %5, %2, %26, %14, %6, %28, %16, %15, %50, %19, %23, %11, %30 : tensor<3x4x2xf32>, tensor<2x7x4xf32>, tensor<3xf32>, tensor<3x3xi32>, tensor<10xf32>, tensor<6xi32>, tensor<3x4xf32>, tensor<7x6xf32>, tensor<20xf32>, tensor<6xf32>, tensor<4x6xf32>, tensor<2x3x4xf32>, tensor<10xf32>, tensor<2x2x2xf32>, tensor<3xf32>, tensor<2xf32>, tensor<1x3x4xf32>, tensor<9xf32>, tensor<4x2x3xf32>, tensor<4x4xf32>
  }
  func.func private @_flip(%arg0: tensor<10xf32>) -> tensor<10xf32> {
    %0 = stablehlo.reverse %arg0, dims = [0] : tensor<10xf32>
    return %0 : tensor<10xf32>
  }
  func.func private @_roll_static(%arg0: tensor<10xf32>) -> tensor<10xf32> {
    %0 = stablehlo.slice %arg0 [7:10] : (tensor<10xf32>) -> tensor<3xf32>
    %1 = stablehlo.slice %arg0 [0:7] : (tensor<10xf32>) -> tensor<7xf32>
    %2 = stablehlo.concatenate %0, %1, dim = 0 : (tensor<3xf32>, tensor<7xf32>) -> tensor<10xf32>
    return %2 : tensor<10xf32>
  }
  func.func private @tril(%arg0: tensor<4x4xf32>) -> tensor<4x4xf32> {
    %0 = stablehlo.iota dim = 0 : tensor<4x4xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<4x4xi32>
    %2 = stablehlo.add %0, %1 : tensor<4x4xi32>
    %3 = stablehlo.iota dim = 1 : tensor<4x4xi32>
    %4 = stablehlo.compare GE, %2, %3, SIGNED : (tensor<4x4xi32>, tensor<4x4xi32>) -> tensor<4x4xi1>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<4x4xf32>
    %6 = stablehlo.select %4, %arg0, %5 : tensor<4x4xi1>, tensor<4x4xf32>
    return %6 : tensor<4x4xf32>
  }
  func.func private @diagonal(%arg0: tensor<3x3xf32>) -> tensor<3xf32> {
    %0 = stablehlo.iota dim = 0 : tensor<3x3xi32>
    %1 = stablehlo.iota dim = 1 : tensor<3x3xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<3x3xi32>
    %3 = stablehlo.add %0, %2 : tensor<3x3xi32>
    %4 = stablehlo.compare EQ, %3, %1, SIGNED : (tensor<3x3xi32>, tensor<3x3xi32>) -> tensor<3x3xi1>
    %5 = stablehlo.convert %4 : (tensor<3x3xi1>) -> tensor<3x3xf32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %6 = "stablehlo.case"(%c_0) ({
      %c_1 = stablehlo.constant dense<0> : tensor<i32>
      stablehlo.return %c_1 : tensor<i32>
    }, {
      %c_1 = stablehlo.constant dense<0> : tensor<i32>
      stablehlo.return %c_1 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %7 = "stablehlo.case"(%6) ({
      %8 = stablehlo.iota dim = 0 : tensor<3xi32>
      %9 = stablehlo.iota dim = 0 : tensor<3xi32>
      %c_1 = stablehlo.constant dense<0> : tensor<i32>
      %10 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<3xi32>
      %11 = stablehlo.compare LT, %8, %10, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
      %c_2 = stablehlo.constant dense<3> : tensor<i32>
      %12 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<3xi32>
      %13 = stablehlo.add %8, %12 : tensor<3xi32>
      %14 = stablehlo.select %11, %13, %8 : tensor<3xi1>, tensor<3xi32>
      %c_3 = stablehlo.constant dense<0> : tensor<i32>
      %15 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<3xi32>
      %16 = stablehlo.compare LT, %9, %15, SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
      %c_4 = stablehlo.constant dense<3> : tensor<i32>
      %17 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<i32>) -> tensor<3xi32>
      %18 = stablehlo.add %9, %17 : tensor<3xi32>
      %19 = stablehlo.select %16, %18, %9 : tensor<3xi1>, tensor<3xi32>
      %20 = stablehlo.broadcast_in_dim %14, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
      %21 = stablehlo.broadcast_in_dim %19, dims = [0] : (tensor<3xi32>) -> tensor<3x1xi32>
      %22 = stablehlo.concatenate %20, %21, dim = 1 : (tensor<3x1xi32>, tensor<3x1xi32>) -> tensor<3x2xi32>
      %23 = "stablehlo.gather"(%arg0, %22) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1>}> : (tensor<3x3xf32>, tensor<3x2xi32>) -> tensor<3xf32>
      stablehlo.return %23 : tensor<3xf32>
    }) : (tensor<i32>) -> tensor<3xf32>
    return %7 : tensor<3xf32>
  }
}
