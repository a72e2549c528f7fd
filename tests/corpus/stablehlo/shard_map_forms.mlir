module @shard_map_forms {
  sdy.mesh @mesh = <["i"=2, "j"=2]>
  func.func public @main(%arg0: tensor<8x4xf32>) -> (tensor<8x4xf32>, tensor<4xf32>) {
    %0 = "sdy.manual_computation"(%arg0) <{in_shardings = #sdy.sharding_per_value<[<@mesh, [{"i"}, {}]>]>, manual_axes = #sdy<manual_axes{"i"}>, out_shardings = #sdy.sharding_per_value<[<@mesh, [{"i"}, {}]>]>}> ({
    ^bb0(%arg1: tensor<4x4xf32>):
      %cst = stablehlo.constant dense<1.000000e+00> : tensor<4x4xf32>
      %1 = stablehlo.add %arg1, %cst : tensor<4x4xf32>
      "sdy.return"(%1) : (tensor<4x4xf32>) -> ()
    }) : (tensor<8x4xf32>) -> tensor<8x4xf32>
    %2 = sdy.manual_computation() in_shardings=[] out_shardings=[<@mesh, [{"j"}]>] manual_axes={"i", "j"} () {
      %cst = stablehlo.constant dense<2.000000e+00> : tensor<2xf32>
      sdy.return %cst : tensor<2xf32>
    } : () -> tensor<4xf32>
    sdy.manual_computation(%arg0) in_shardings=[<@mesh, [{"i"}, {"j"}]>] out_shardings=[] manual_axes={"i", "j"} (%arg1: tensor<4x2xf32>) {
      sdy.return
    } : (tensor<8x4xf32>) -> ()
    return %0, %2 : tensor<8x4xf32>, tensor<4xf32>
  }
}
