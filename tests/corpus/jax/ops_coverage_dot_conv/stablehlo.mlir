module @jit_ops_coverage_dot_conv attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<3x4x5xf32>, %arg1: tensor<3x5x6xf32>, %arg2: tensor<4x2x5xf32>, %arg3: tensor<2x5x3xf32>, %arg4: tensor<2x4x9x9xf32>, %arg5: tensor<6x2x3x3xf32>, %arg6: tensor<3x4x3x3xf32>, %arg7: tensor<4x4x2x2xf32>, %arg8: tensor<1x2x16xf32>, %arg9: tensor<3x2x4xf32>, %arg10: tensor<1x5x5x5x2xf32>, %arg11: tensor<2x2x2x2x3xf32>) -> (tensor<3x4x6xf32> {jax.result_info = "result['batch_matmul']"}, tensor<2x4x3xf32> {jax.result_info = "result['batch_nonleading']"}, tensor<1x3x8xf32> {jax.result_info = "result['conv1d']"}, tensor<1x5x5x5x3xf32> {jax.result_info = "result['conv3d']"}, tensor<1x4x8x8xf32> {jax.result_info = "result['conv_batch_group']"}, tensor<2x6x9x9xf32> {jax.result_info = "result['conv_grouped']"}, tensor<2x3x17x17xf32> {jax.result_info = "result['conv_lhs_dilated']"}, tensor<2x3x5x6xf32> {jax.result_info = "result['conv_rhs_dilated']"}, tensor<2x18x18x3xf32> {jax.result_info = "result['conv_transpose']"}, tensor<4xf32> {jax.result_info = "result['matvec']"}, tensor<4x3xf32> {jax.result_info = "result['multi_contract']"}, tensor<5x6xf32> {jax.result_info = "result['outer']"}, tensor<f32> {jax.result_info = "result['vecdot']"}) {
    %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<3x4x5xf32>, tensor<3x5x6xf32>) -> tensor<3x4x6xf32>
    %1 = stablehlo.dot_general %arg2, %arg3, contracting_dims = [1, 2] x [0, 1], precision = [DEFAULT, DEFAULT] : (tensor<4x2x5xf32>, tensor<2x5x3xf32>) -> tensor<4x3xf32>
    %2 = stablehlo.dot_general %arg2, %arg3, batching_dims = [1] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<4x2x5xf32>, tensor<2x5x3xf32>) -> tensor<2x4x3xf32>
    %3 = stablehlo.slice %arg0 [0:1, 0:1, 0:5] : (tensor<3x4x5xf32>) -> tensor<1x1x5xf32>
    %4 = stablehlo.reshape %3 : (tensor<1x1x5xf32>) -> tensor<5xf32>
    %5 = stablehlo.slice %arg1 [0:1, 0:1, 0:6] : (tensor<3x5x6xf32>) -> tensor<1x1x6xf32>
    %6 = stablehlo.reshape %5 : (tensor<1x1x6xf32>) -> tensor<6xf32>
    %7 = stablehlo.broadcast_in_dim %4, dims = [0] : (tensor<5xf32>) -> tensor<5x1xf32>
    %8 = stablehlo.broadcast_in_dim %6, dims = [1] : (tensor<6xf32>) -> tensor<1x6xf32>
    %9 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<5x1xf32>) -> tensor<5x6xf32>
    %10 = stablehlo.broadcast_in_dim %8, dims = [0, 1] : (tensor<1x6xf32>) -> tensor<5x6xf32>
    %11 = stablehlo.multiply %9, %10 : tensor<5x6xf32>
    %12 = stablehlo.slice %arg0 [0:1, 0:1, 0:5] : (tensor<3x4x5xf32>) -> tensor<1x1x5xf32>
    %13 = stablehlo.reshape %12 : (tensor<1x1x5xf32>) -> tensor<5xf32>
    %14 = stablehlo.slice %arg0 [1:2, 0:1, 0:5] : (tensor<3x4x5xf32>) -> tensor<1x1x5xf32>
    %15 = stablehlo.reshape %14 : (tensor<1x1x5xf32>) -> tensor<5xf32>
    %16 = stablehlo.dot_general %13, %15, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<5xf32>, tensor<5xf32>) -> tensor<f32>
    %17 = stablehlo.slice %arg0 [0:1, 0:4, 0:5] : (tensor<3x4x5xf32>) -> tensor<1x4x5xf32>
    %18 = stablehlo.reshape %17 : (tensor<1x4x5xf32>) -> tensor<4x5xf32>
    %19 = stablehlo.slice %arg1 [0:1, 0:5, 0:1] : (tensor<3x5x6xf32>) -> tensor<1x5x1xf32>
    %20 = stablehlo.reshape %19 : (tensor<1x5x1xf32>) -> tensor<5xf32>
    %21 = stablehlo.dot_general %18, %20, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x5xf32>, tensor<5xf32>) -> tensor<4xf32>
    %22 = stablehlo.convolution(%arg4, %arg5) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [1, 1], pad = [[1, 1], [1, 1]], lhs_dilate = [1, 1], rhs_dilate = [1, 1], reverse = [false, false]} {batch_group_count = 1 : i64, feature_group_count = 2 : i64, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]} : (tensor<2x4x9x9xf32>, tensor<6x2x3x3xf32>) -> tensor<2x6x9x9xf32>
    %23 = stablehlo.convolution(%arg4, %arg6) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 1], pad = [[2, 2], [0, 1]], lhs_dilate = [1, 1], rhs_dilate = [2, 2], reverse = [false, false]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]} : (tensor<2x4x9x9xf32>, tensor<3x4x3x3xf32>) -> tensor<2x3x5x6xf32>
    %24 = stablehlo.convolution(%arg4, %arg6) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [1, 1], pad = [[1, 1], [1, 1]], lhs_dilate = [2, 2], rhs_dilate = [1, 1], reverse = [false, false]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]} : (tensor<2x4x9x9xf32>, tensor<3x4x3x3xf32>) -> tensor<2x3x17x17xf32>
    %25 = stablehlo.convolution(%arg4, %arg7) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [1, 1], pad = [[0, 0], [0, 0]], lhs_dilate = [1, 1], rhs_dilate = [1, 1], reverse = [false, false]} {batch_group_count = 2 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]} : (tensor<2x4x9x9xf32>, tensor<4x4x2x2xf32>) -> tensor<1x4x8x8xf32>
    %26 = stablehlo.transpose %arg4, dims = [0, 2, 3, 1] : (tensor<2x4x9x9xf32>) -> tensor<2x9x9x4xf32>
    %27 = stablehlo.transpose %arg6, dims = [2, 3, 1, 0] : (tensor<3x4x3x3xf32>) -> tensor<3x3x4x3xf32>
    %28 = stablehlo.convolution(%26, %27) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [1, 1], pad = [[2, 1], [2, 1]], lhs_dilate = [2, 2], rhs_dilate = [1, 1], reverse = [false, false]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]} : (tensor<2x9x9x4xf32>, tensor<3x3x4x3xf32>) -> tensor<2x18x18x3xf32>
    %29 = stablehlo.convolution(%arg8, %arg9) dim_numbers = [b, f, 0]x[o, i, 0]->[b, f, 0], window = {stride = [2], pad = [[1, 1]], lhs_dilate = [1], rhs_dilate = [1], reverse = [false]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]} : (tensor<1x2x16xf32>, tensor<3x2x4xf32>) -> tensor<1x3x8xf32>
    %30 = stablehlo.convolution(%arg10, %arg11) dim_numbers = [b, 0, 1, 2, f]x[0, 1, 2, i, o]->[b, 0, 1, 2, f], window = {stride = [1, 1, 1], pad = [[0, 1], [0, 1], [0, 1]], lhs_dilate = [1, 1, 1], rhs_dilate = [1, 1, 1], reverse = [false, false, false]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]} : (tensor<1x5x5x5x2xf32>, tensor<2x2x2x2x3xf32>) -> tensor<1x5x5x5x3xf32>
    return %0, %2, %29, %30, %25, %22, %24, %23, %28, %21, %1, %11, %16 : tensor<3x4x6xf32>, tensor<2x4x3xf32>, tensor<1x3x8xf32>, tensor<1x5x5x5x3xf32>, tensor<1x4x8x8xf32>, tensor<2x6x9x9xf32>, tensor<2x3x17x17xf32>, tensor<2x3x5x6xf32>, tensor<2x18x18x3xf32>, tensor<4xf32>, tensor<4x3xf32>, tensor<5x6xf32>, tensor<f32>
  }
}
