module @chlo_bessel_i1e {
  func.func public @main(%a: tensor<16xf32>, %b: tensor<16xf64>, %c: tensor<4x4xf16>, %d: tensor<16xbf16>) -> (tensor<16xf32>, tensor<16xf64>, tensor<4x4xf16>, tensor<16xbf16>) {
    %0 = chlo.bessel_i1e %a : tensor<16xf32> -> tensor<16xf32>
    %1 = chlo.bessel_i1e %b : tensor<16xf64> -> tensor<16xf64>
    %2 = chlo.bessel_i1e %c : tensor<4x4xf16> -> tensor<4x4xf16>
    %3 = chlo.bessel_i1e %d : tensor<16xbf16> -> tensor<16xbf16>
    return %0, %1, %2, %3 : tensor<16xf32>, tensor<16xf64>, tensor<4x4xf16>, tensor<16xbf16>
  }
}
