module @sdy_shardings {
  sdy.mesh @mesh = <["a"=2, "b"=2]>
  sdy.mesh @wide = <["x"=2, "one"=1, "z"=3]>
  func.func public @main(%arg0: tensor<8x6xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"a"}, {}]>}, %arg1: tensor<8x6xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"b"}, {"a"}]>}, %arg2: tensor<8x6xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"a", "b"}, {}]>}, %arg3: tensor<8x6xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {}]>}, %arg4: tensor<8x6xf32> {sdy.sharding = #sdy.sharding<@wide, [{"z", ?}, {"x"}]>}, %arg5: tensor<8x6xf32>) -> (tensor<8x6xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"b", "a"}, {}]>}, tensor<8x6xf32>, tensor<8x6xf32> {sdy.sharding = #sdy.sharding<@wide, [{}, {"z"}], replicated={"x"}>}) {
    %0 = stablehlo.add %arg0, %arg1 : tensor<8x6xf32>
    %1 = sdy.sharding_constraint %0 <@mesh, [{}, {"b"}]> : tensor<8x6xf32>
    %2 = stablehlo.add %1, %arg2 : tensor<8x6xf32>
    %3 = stablehlo.add %2, %arg3 : tensor<8x6xf32>
    %4 = stablehlo.multiply %3, %arg4 : tensor<8x6xf32>
    return %4, %arg5, %3 : tensor<8x6xf32>, tensor<8x6xf32>, tensor<8x6xf32>
  }
}
