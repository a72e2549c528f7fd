module @all_to_all_forms {
  func.func public @main(%x: tensor<8x4xf32>, %y: tensor<4x6x2xf32>) -> (tensor<8x4xf32>, tensor<4x8xf32>, tensor<8x6x1xf32>, tensor<8x4xf32>, tensor<8x4xf32>) {
    %same = "stablehlo.all_to_all"(%x) <{channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, concat_dimension = 0 : i64, replica_groups = dense<[[0, 1]]> : tensor<1x2xi64>, split_count = 2 : i64, split_dimension = 0 : i64}> : (tensor<8x4xf32>) -> tensor<8x4xf32>
    %later = "stablehlo.all_to_all"(%x) <{channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, concat_dimension = 1 : i64, replica_groups = dense<[[0, 1]]> : tensor<1x2xi64>, split_count = 2 : i64, split_dimension = 0 : i64}> : (tensor<8x4xf32>) -> tensor<4x8xf32>
    %earlier = "stablehlo.all_to_all"(%y) {concat_dimension = 0 : i64, replica_groups = dense<[[0, 1], [2, 3]]> : tensor<2x2xi64>, split_count = 2 : i64, split_dimension = 2 : i64} : (tensor<4x6x2xf32>) -> tensor<8x6x1xf32>
    %pair:2 = "stablehlo.all_to_all"(%x, %x) {concat_dimension = 0 : i64, replica_groups = dense<[[0, 1], [2, 3]]> : tensor<2x2xi64>, split_count = 2 : i64, split_dimension = 0 : i64} : (tensor<8x4xf32>, tensor<8x4xf32>) -> (tensor<8x4xf32>, tensor<8x4xf32>)
    return %same, %later, %earlier, %pair#0, %pair#1 : tensor<8x4xf32>, tensor<4x8xf32>, tensor<8x6x1xf32>, tensor<8x4xf32>, tensor<8x4xf32>
  }
}
