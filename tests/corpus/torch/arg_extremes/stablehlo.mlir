module @IrToHlo.319 attributes {mhlo.cross_program_prefetches = [], mhlo.input_output_alias = [], mhlo.is_dynamic = false, mhlo.use_auto_spmd_partitioning = false} {
  func.func @main(%arg0: tensor<16x5xf32>, %arg1: tensor<6x5xbf16>, %arg2: tensor<6x5xi32>) -> (tensor<16xi64>, tensor<16xi64>, tensor<16xi64>, tensor<16xi64>, tensor<5xi64>, tensor<5xi64>, tensor<6xi64>, tensor<5xi64>, tensor<6xi64>, tensor<5xi64>) {
    %c = stablehlo.constant dense<2147483647> : tensor<i32>
    %c_0 = stablehlo.constant dense<-2147483648> : tensor<i32>
    %cst = stablehlo.constant dense<0x7F80> : tensor<bf16>
    %cst_1 = stablehlo.constant dense<0xFF80> : tensor<bf16>
    %cst_2 = stablehlo.constant dense<0x7F800000> : tensor<f32>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %cst_4 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %0 = stablehlo.iota dim = 0 : tensor<5xi32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<5xi32>) -> tensor<16x5xi32>
    %2:2 = stablehlo.reduce(%arg0 init: %cst_4), (%1 init: %c_3) across dimensions = [1] : (tensor<16x5xf32>, tensor<16x5xi32>, tensor<f32>, tensor<i32>) -> (tensor<16xf32>, tensor<16xi32>)
     reducer(%arg3: tensor<f32>, %arg5: tensor<f32>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %23 = stablehlo.compare  GE, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %24 = stablehlo.select %23, %arg3, %arg5 : tensor<i1>, tensor<f32>
      %25 = stablehlo.compare  EQ, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %26 = stablehlo.minimum %arg4, %arg6 : tensor<i32>
      %27 = stablehlo.select %23, %arg4, %arg6 : tensor<i1>, tensor<i32>
      %28 = stablehlo.select %25, %26, %27 : tensor<i1>, tensor<i32>
      stablehlo.return %24, %28 : tensor<f32>, tensor<i32>
    }
    %3 = stablehlo.convert %2#1 : (tensor<16xi32>) -> tensor<16xi64>
    %4:2 = stablehlo.reduce(%arg0 init: %cst_2), (%1 init: %c_3) across dimensions = [1] : (tensor<16x5xf32>, tensor<16x5xi32>, tensor<f32>, tensor<i32>) -> (tensor<16xf32>, tensor<16xi32>)
     reducer(%arg3: tensor<f32>, %arg5: tensor<f32>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %23 = stablehlo.compare  LE, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %24 = stablehlo.select %23, %arg3, %arg5 : tensor<i1>, tensor<f32>
      %25 = stablehlo.compare  EQ, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %26 = stablehlo.minimum %arg4, %arg6 : tensor<i32>
      %27 = stablehlo.select %23, %arg4, %arg6 : tensor<i1>, tensor<i32>
      %28 = stablehlo.select %25, %26, %27 : tensor<i1>, tensor<i32>
      stablehlo.return %24, %28 : tensor<f32>, tensor<i32>
    }
    %5 = stablehlo.convert %4#1 : (tensor<16xi32>) -> tensor<16xi64>
    %6 = stablehlo.iota dim = 0 : tensor<16xi32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0] : (tensor<16xi32>) -> tensor<16x5xi32>
    %8:2 = stablehlo.reduce(%arg0 init: %cst_4), (%7 init: %c_3) across dimensions = [0] : (tensor<16x5xf32>, tensor<16x5xi32>, tensor<f32>, tensor<i32>) -> (tensor<5xf32>, tensor<5xi32>)
     reducer(%arg3: tensor<f32>, %arg5: tensor<f32>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %23 = stablehlo.compare  GE, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %24 = stablehlo.select %23, %arg3, %arg5 : tensor<i1>, tensor<f32>
      %25 = stablehlo.compare  EQ, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %26 = stablehlo.minimum %arg4, %arg6 : tensor<i32>
      %27 = stablehlo.select %23, %arg4, %arg6 : tensor<i1>, tensor<i32>
      %28 = stablehlo.select %25, %26, %27 : tensor<i1>, tensor<i32>
      stablehlo.return %24, %28 : tensor<f32>, tensor<i32>
    }
    %9 = stablehlo.convert %8#1 : (tensor<5xi32>) -> tensor<5xi64>
    %10:2 = stablehlo.reduce(%arg0 init: %cst_2), (%7 init: %c_3) across dimensions = [0] : (tensor<16x5xf32>, tensor<16x5xi32>, tensor<f32>, tensor<i32>) -> (tensor<5xf32>, tensor<5xi32>)
     reducer(%arg3: tensor<f32>, %arg5: tensor<f32>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %23 = stablehlo.compare  LE, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %24 = stablehlo.select %23, %arg3, %arg5 : tensor<i1>, tensor<f32>
      %25 = stablehlo.compare  EQ, %arg3, %arg5 : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %26 = stablehlo.minimum %arg4, %arg6 : tensor<i32>
      %27 = stablehlo.select %23, %arg4, %arg6 : tensor<i1>, tensor<i32>
      %28 = stablehlo.select %25, %26, %27 : tensor<i1>, tensor<i32>
      stablehlo.return %24, %28 : tensor<f32>, tensor<i32>
    }
    %11 = stablehlo.convert %10#1 : (tensor<5xi32>) -> tensor<5xi64>
    %12 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<5xi32>) -> tensor<6x5xi32>
    %13:2 = stablehlo.reduce(%arg1 init: %cst_1), (%12 init: %c_3) across dimensions = [1] : (tensor<6x5xbf16>, tensor<6x5xi32>, tensor<bf16>, tensor<i32>) -> (tensor<6xbf16>, tensor<6xi32>)
     reducer(%arg3: tensor<bf16>, %arg5: tensor<bf16>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %23 = stablehlo.compare  GE, %arg3, %arg5 : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %24 = stablehlo.select %23, %arg3, %arg5 : tensor<i1>, tensor<bf16>
      %25 = stablehlo.compare  EQ, %arg3, %arg5 : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %26 = stablehlo.minimum %arg4, %arg6 : tensor<i32>
      %27 = stablehlo.select %23, %arg4, %arg6 : tensor<i1>, tensor<i32>
      %28 = stablehlo.select %25, %26, %27 : tensor<i1>, tensor<i32>
      stablehlo.return %24, %28 : tensor<bf16>, tensor<i32>
    }
    %14 = stablehlo.convert %13#1 : (tensor<6xi32>) -> tensor<6xi64>
    %15 = stablehlo.iota dim = 0 : tensor<6xi32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0] : (tensor<6xi32>) -> tensor<6x5xi32>
    %17:2 = stablehlo.reduce(%arg1 init: %cst), (%16 init: %c_3) across dimensions = [0] : (tensor<6x5xbf16>, tensor<6x5xi32>, tensor<bf16>, tensor<i32>) -> (tensor<5xbf16>, tensor<5xi32>)
     reducer(%arg3: tensor<bf16>, %arg5: tensor<bf16>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %23 = stablehlo.compare  LE, %arg3, %arg5 : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %24 = stablehlo.select %23, %arg3, %arg5 : tensor<i1>, tensor<bf16>
      %25 = stablehlo.compare  EQ, %arg3, %arg5 : (tensor<bf16>, tensor<bf16>) -> tensor<i1>
      %26 = stablehlo.minimum %arg4, %arg6 : tensor<i32>
      %27 = stablehlo.select %23, %arg4, %arg6 : tensor<i1>, tensor<i32>
      %28 = stablehlo.select %25, %26, %27 : tensor<i1>, tensor<i32>
      stablehlo.return %24, %28 : tensor<bf16>, tensor<i32>
    }
    %18 = stablehlo.convert %17#1 : (tensor<5xi32>) -> tensor<5xi64>
    %19:2 = stablehlo.reduce(%arg2 init: %c_0), (%12 init: %c_3) across dimensions = [1] : (tensor<6x5xi32>, tensor<6x5xi32>, tensor<i32>, tensor<i32>) -> (tensor<6xi32>, tensor<6xi32>)
     reducer(%arg3: tensor<i32>, %arg5: tensor<i32>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %23 = stablehlo.compare  GE, %arg3, %arg5 : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %24 = stablehlo.select %23, %arg3, %arg5 : tensor<i1>, tensor<i32>
      %25 = stablehlo.compare  EQ, %arg3, %arg5 : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %26 = stablehlo.minimum %arg4, %arg6 : tensor<i32>
      %27 = stablehlo.select %23, %arg4, %arg6 : tensor<i1>, tensor<i32>
      %28 = stablehlo.select %25, %26, %27 : tensor<i1>, tensor<i32>
      stablehlo.return %24, %28 : tensor<i32>, tensor<i32>
    }
    %20 = stablehlo.convert %19#1 : (tensor<6xi32>) -> tensor<6xi64>
    %21:2 = stablehlo.reduce(%arg2 init: %c), (%16 init: %c_3) across dimensions = [0] : (tensor<6x5xi32>, tensor<6x5xi32>, tensor<i32>, tensor<i32>) -> (tensor<5xi32>, tensor<5xi32>)
     reducer(%arg3: tensor<i32>, %arg5: tensor<i32>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %23 = stablehlo.compare  LE, %arg3, %arg5 : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %24 = stablehlo.select %23, %arg3, %arg5 : tensor<i1>, tensor<i32>
      %25 = stablehlo.compare  EQ, %arg3, %arg5 : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %26 = stablehlo.minimum %arg4, %arg6 : tensor<i32>
      %27 = stablehlo.select %23, %arg4, %arg6 : tensor<i1>, tensor<i32>
      %28 = stablehlo.select %25, %26, %27 : tensor<i1>, tensor<i32>
      stablehlo.return %24, %28 : tensor<i32>, tensor<i32>
    }
    %22 = stablehlo.convert %21#1 : (tensor<5xi32>) -> tensor<5xi64>
    return %3, %5, %3, %5, %9, %11, %14, %18, %20, %22 : tensor<16xi64>, tensor<16xi64>, tensor<16xi64>, tensor<16xi64>, tensor<5xi64>, tensor<5xi64>, tensor<6xi64>, tensor<5xi64>, tensor<6xi64>, tensor<5xi64>
  }
}
