module @chlo_zeta_polygamma {
  func.func public @main(%x: tensor<8xf32>, %q: tensor<8xf32>, %n: tensor<8xf64>, %y: tensor<8xf64>, %m: tensor<2x4xbf16>, %z: tensor<2x4xbf16>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf64>, tensor<8xf64>, tensor<2x4xbf16>) {
    %0 = chlo.zeta %x, %q : tensor<8xf32>, tensor<8xf32> -> tensor<8xf32>
    %1 = chlo.polygamma %x, %q : tensor<8xf32>, tensor<8xf32> -> tensor<8xf32>
    %2 = chlo.zeta %n, %y : tensor<8xf64>, tensor<8xf64> -> tensor<8xf64>
    %3 = chlo.polygamma %n, %y : tensor<8xf64>, tensor<8xf64> -> tensor<8xf64>
    %4 = chlo.polygamma %m, %z : tensor<2x4xbf16>, tensor<2x4xbf16> -> tensor<2x4xbf16>
    return %0, %1, %2, %3, %4 : tensor<8xf32>, tensor<8xf32>, tensor<8xf64>, tensor<8xf64>, tensor<2x4xbf16>
  }
}
