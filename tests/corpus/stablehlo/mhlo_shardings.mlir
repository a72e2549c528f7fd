module @mhlo_shardings {
  func.func public @main(%arg0: tensor<8x4xf32> {mhlo.sharding = "{devices=[2,1]<=[2]}"}, %arg1: tensor<8x4xf32>, %arg2: tensor<8x4xf32> {mhlo.sharding = "{replicated}"}) -> (tensor<8x4xf32> {mhlo.sharding = "{devices=[1,2]<=[2]}"}, tensor<8x4xf32>) {
    %0 = stablehlo.add %arg0, %arg1 : tensor<8x4xf32>
    %1 = stablehlo.subtract %0, %arg2 : tensor<8x4xf32>
    return %1, %arg1 : tensor<8x4xf32>, tensor<8x4xf32>
  }
}
