module @chlo_special_functions {
  func.func public @main(%a: tensor<4xbf16>, %b: tensor<4xf16>, %c: tensor<4xf64>, %d: tensor<4xf64>, %e: tensor<4xbf16>) -> (tensor<4xbf16>, tensor<4xf16>, tensor<4xf64>, tensor<4xf64>, tensor<4xbf16>, tensor<4xf16>) {
    %0 = chlo.lgamma %a : tensor<4xbf16> -> tensor<4xbf16>
    %1 = chlo.digamma %b : tensor<4xf16> -> tensor<4xf16>
    %2 = chlo.lgamma %c : tensor<4xf64> -> tensor<4xf64>
    %3 = chlo.next_after %c, %d : tensor<4xf64>, tensor<4xf64> -> tensor<4xf64>
    %4 = chlo.next_after %a, %e : tensor<4xbf16>, tensor<4xbf16> -> tensor<4xbf16>
    %5 = chlo.next_after %b, %b : tensor<4xf16>, tensor<4xf16> -> tensor<4xf16>
    return %0, %1, %2, %3, %4, %5 : tensor<4xbf16>, tensor<4xf16>, tensor<4xf64>, tensor<4xf64>, tensor<4xbf16>, tensor<4xf16>
  }
}
