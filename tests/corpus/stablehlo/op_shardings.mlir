module @op_shardings {
  sdy.mesh @mesh = <["i"=2]>
  sdy.mesh @maximal_mesh_1 = <[], device_ids=[1]>
  func.func public @main(%arg0: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) {
    %0 = stablehlo.custom_call @host_a(%arg0) {mhlo.sharding = "{maximal device=0}"} : (tensor<8xf32>) -> tensor<8xf32>
    %1:2 = stablehlo.custom_call @host_b(%arg0) {has_side_effect = true, mhlo.sharding = "{{maximal device=0}, {replicated}}"} : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %2:2 = stablehlo.custom_call @host_c(%arg0) {has_side_effect = true, sdy.sharding = #sdy.sharding_per_value<[<@mesh, [{"i"}]>, <@maximal_mesh_1, []>]>} : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %3 = stablehlo.add %2#0, %1#0 {sdy.sharding = #sdy.sharding_per_value<[<@mesh, [{}]>]>} : tensor<8xf32>
    return %0, %1#1, %2#1, %3 : tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
  }
}
