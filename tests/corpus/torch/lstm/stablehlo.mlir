module @IrToHlo.254 attributes {mhlo.cross_program_prefetches = [], mhlo.input_output_alias = [], mhlo.is_dynamic = false, mhlo.use_auto_spmd_partitioning = false} {
  func.func @main(%arg0: tensor<48xf32>, %arg1: tensor<48x12xf32>, %arg2: tensor<48xf32>, %arg3: tensor<48x8xf32>, %arg4: tensor<2x3x8xf32>, %arg5: tensor<48xf32>, %arg6: tensor<48x12xf32>, %arg7: tensor<48xf32>, %arg8: tensor<48x12xf32>) -> (tensor<2x3x12xf32>, tensor<2x1x2x12xf32>, tensor<2x1x2x12xf32>) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<1x2x12xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<2x12xf32>
    %0 = stablehlo.transpose %arg8, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[12,48]{0,1}"} : (tensor<48x12xf32>) -> tensor<12x48xf32>
    %1 = stablehlo.dot_general %cst_0, %0, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x12xf32>, tensor<12x48xf32>) -> tensor<2x48xf32>
    %2 = stablehlo.broadcast_in_dim %arg7, dims = [1] : (tensor<48xf32>) -> tensor<2x48xf32>
    %3 = stablehlo.add %1, %2 : tensor<2x48xf32>
    %4 = stablehlo.reshape %3 : (tensor<2x48xf32>) -> tensor<1x2x48xf32>
    %5 = stablehlo.transpose %arg6, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[12,48]{0,1}"} : (tensor<48x12xf32>) -> tensor<12x48xf32>
    %6 = stablehlo.dot_general %cst_0, %5, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x12xf32>, tensor<12x48xf32>) -> tensor<2x48xf32>
    %7 = stablehlo.broadcast_in_dim %arg5, dims = [1] : (tensor<48xf32>) -> tensor<2x48xf32>
    %8 = stablehlo.add %6, %7 : tensor<2x48xf32>
    %9 = stablehlo.reshape %8 : (tensor<2x48xf32>) -> tensor<1x2x48xf32>
    %10 = stablehlo.transpose %arg4, dims = [1, 0, 2] {result_layout = dense<[2, 0, 1]> : tensor<3xindex>, xla_shape = "f32[3,2,8]{2,0,1}"} : (tensor<2x3x8xf32>) -> tensor<3x2x8xf32>
    %11 = stablehlo.transpose %arg3, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[8,48]{0,1}"} : (tensor<48x8xf32>) -> tensor<8x48xf32>
    %12 = stablehlo.broadcast_in_dim %11, dims = [1, 2] : (tensor<8x48xf32>) -> tensor<3x8x48xf32>
    %13 = stablehlo.dot_general %10, %12, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<3x2x8xf32>, tensor<3x8x48xf32>) -> tensor<3x2x48xf32>
    %14 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<48xf32>) -> tensor<3x2x48xf32>
    %15 = stablehlo.add %13, %14 : tensor<3x2x48xf32>
    %16 = stablehlo.slice %15 [0:1, 0:2, 0:48] : (tensor<3x2x48xf32>) -> tensor<1x2x48xf32>
    %17 = stablehlo.add %9, %16 : tensor<1x2x48xf32>
    %18 = stablehlo.slice %17 [0:1, 0:2, 36:48] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %19 = stablehlo.logistic %18 : tensor<1x2x12xf32>
    %20 = stablehlo.slice %17 [0:1, 0:2, 12:24] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %21 = stablehlo.logistic %20 : tensor<1x2x12xf32>
    %22 = stablehlo.multiply %21, %cst : tensor<1x2x12xf32>
    %23 = stablehlo.slice %17 [0:1, 0:2, 0:12] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %24 = stablehlo.logistic %23 : tensor<1x2x12xf32>
    %25 = stablehlo.slice %17 [0:1, 0:2, 24:36] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %26 = stablehlo.tanh %25 : tensor<1x2x12xf32>
    %27 = stablehlo.multiply %24, %26 : tensor<1x2x12xf32>
    %28 = stablehlo.add %22, %27 : tensor<1x2x12xf32>
    %29 = stablehlo.tanh %28 : tensor<1x2x12xf32>
    %30 = stablehlo.multiply %19, %29 : tensor<1x2x12xf32>
    %31 = stablehlo.reshape %30 : (tensor<1x2x12xf32>) -> tensor<2x12xf32>
    %32 = stablehlo.dot_general %31, %5, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x12xf32>, tensor<12x48xf32>) -> tensor<2x48xf32>
    %33 = stablehlo.add %32, %7 : tensor<2x48xf32>
    %34 = stablehlo.reshape %33 : (tensor<2x48xf32>) -> tensor<1x2x48xf32>
    %35 = stablehlo.slice %15 [1:2, 0:2, 0:48] : (tensor<3x2x48xf32>) -> tensor<1x2x48xf32>
    %36 = stablehlo.add %34, %35 : tensor<1x2x48xf32>
    %37 = stablehlo.slice %36 [0:1, 0:2, 36:48] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %38 = stablehlo.logistic %37 : tensor<1x2x12xf32>
    %39 = stablehlo.slice %36 [0:1, 0:2, 12:24] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %40 = stablehlo.logistic %39 : tensor<1x2x12xf32>
    %41 = stablehlo.multiply %40, %28 : tensor<1x2x12xf32>
    %42 = stablehlo.slice %36 [0:1, 0:2, 0:12] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %43 = stablehlo.logistic %42 : tensor<1x2x12xf32>
    %44 = stablehlo.slice %36 [0:1, 0:2, 24:36] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %45 = stablehlo.tanh %44 : tensor<1x2x12xf32>
    %46 = stablehlo.multiply %43, %45 : tensor<1x2x12xf32>
    %47 = stablehlo.add %41, %46 : tensor<1x2x12xf32>
    %48 = stablehlo.tanh %47 : tensor<1x2x12xf32>
    %49 = stablehlo.multiply %38, %48 : tensor<1x2x12xf32>
    %50 = stablehlo.reshape %49 : (tensor<1x2x12xf32>) -> tensor<2x12xf32>
    %51 = stablehlo.dot_general %50, %5, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x12xf32>, tensor<12x48xf32>) -> tensor<2x48xf32>
    %52 = stablehlo.add %51, %7 : tensor<2x48xf32>
    %53 = stablehlo.reshape %52 : (tensor<2x48xf32>) -> tensor<1x2x48xf32>
    %54 = stablehlo.slice %15 [2:3, 0:2, 0:48] : (tensor<3x2x48xf32>) -> tensor<1x2x48xf32>
    %55 = stablehlo.add %53, %54 : tensor<1x2x48xf32>
    %56 = stablehlo.slice %55 [0:1, 0:2, 36:48] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %57 = stablehlo.logistic %56 : tensor<1x2x12xf32>
    %58 = stablehlo.slice %55 [0:1, 0:2, 12:24] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %59 = stablehlo.logistic %58 : tensor<1x2x12xf32>
    %60 = stablehlo.multiply %59, %47 : tensor<1x2x12xf32>
    %61 = stablehlo.slice %55 [0:1, 0:2, 0:12] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %62 = stablehlo.logistic %61 : tensor<1x2x12xf32>
    %63 = stablehlo.slice %55 [0:1, 0:2, 24:36] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %64 = stablehlo.tanh %63 : tensor<1x2x12xf32>
    %65 = stablehlo.multiply %62, %64 : tensor<1x2x12xf32>
    %66 = stablehlo.add %60, %65 : tensor<1x2x12xf32>
    %67 = stablehlo.tanh %66 : tensor<1x2x12xf32>
    %68 = stablehlo.multiply %57, %67 : tensor<1x2x12xf32>
    %69 = stablehlo.concatenate %30, %49, %68, dim = 0 : (tensor<1x2x12xf32>, tensor<1x2x12xf32>, tensor<1x2x12xf32>) -> tensor<3x2x12xf32>
    %70 = stablehlo.reshape %69 : (tensor<3x2x12xf32>) -> tensor<6x12xf32>
    %71 = stablehlo.transpose %arg1, dims = [1, 0] {result_layout = dense<[0, 1]> : tensor<2xindex>, xla_shape = "f32[12,48]{0,1}"} : (tensor<48x12xf32>) -> tensor<12x48xf32>
    %72 = stablehlo.dot_general %70, %71, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<6x12xf32>, tensor<12x48xf32>) -> tensor<6x48xf32>
    %73 = stablehlo.broadcast_in_dim %arg0, dims = [1] : (tensor<48xf32>) -> tensor<6x48xf32>
    %74 = stablehlo.add %72, %73 : tensor<6x48xf32>
    %75 = stablehlo.reshape %74 : (tensor<6x48xf32>) -> tensor<3x2x48xf32>
    %76 = stablehlo.slice %75 [0:1, 0:2, 0:48] : (tensor<3x2x48xf32>) -> tensor<1x2x48xf32>
    %77 = stablehlo.add %4, %76 : tensor<1x2x48xf32>
    %78 = stablehlo.slice %77 [0:1, 0:2, 36:48] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %79 = stablehlo.logistic %78 : tensor<1x2x12xf32>
    %80 = stablehlo.slice %77 [0:1, 0:2, 12:24] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %81 = stablehlo.logistic %80 : tensor<1x2x12xf32>
    %82 = stablehlo.multiply %81, %cst : tensor<1x2x12xf32>
    %83 = stablehlo.slice %77 [0:1, 0:2, 0:12] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %84 = stablehlo.logistic %83 : tensor<1x2x12xf32>
    %85 = stablehlo.slice %77 [0:1, 0:2, 24:36] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %86 = stablehlo.tanh %85 : tensor<1x2x12xf32>
    %87 = stablehlo.multiply %84, %86 : tensor<1x2x12xf32>
    %88 = stablehlo.add %82, %87 : tensor<1x2x12xf32>
    %89 = stablehlo.tanh %88 : tensor<1x2x12xf32>
    %90 = stablehlo.multiply %79, %89 : tensor<1x2x12xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x2x12xf32>) -> tensor<2x12xf32>
    %92 = stablehlo.dot_general %91, %0, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x12xf32>, tensor<12x48xf32>) -> tensor<2x48xf32>
    %93 = stablehlo.add %92, %2 : tensor<2x48xf32>
    %94 = stablehlo.reshape %93 : (tensor<2x48xf32>) -> tensor<1x2x48xf32>
    %95 = stablehlo.slice %75 [1:2, 0:2, 0:48] : (tensor<3x2x48xf32>) -> tensor<1x2x48xf32>
    %96 = stablehlo.add %94, %95 : tensor<1x2x48xf32>
    %97 = stablehlo.slice %96 [0:1, 0:2, 36:48] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %98 = stablehlo.logistic %97 : tensor<1x2x12xf32>
    %99 = stablehlo.slice %96 [0:1, 0:2, 12:24] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %100 = stablehlo.logistic %99 : tensor<1x2x12xf32>
    %101 = stablehlo.multiply %100, %88 : tensor<1x2x12xf32>
    %102 = stablehlo.slice %96 [0:1, 0:2, 0:12] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %103 = stablehlo.logistic %102 : tensor<1x2x12xf32>
    %104 = stablehlo.slice %96 [0:1, 0:2, 24:36] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %105 = stablehlo.tanh %104 : tensor<1x2x12xf32>
    %106 = stablehlo.multiply %103, %105 : tensor<1x2x12xf32>
    %107 = stablehlo.add %101, %106 : tensor<1x2x12xf32>
    %108 = stablehlo.tanh %107 : tensor<1x2x12xf32>
    %109 = stablehlo.multiply %98, %108 : tensor<1x2x12xf32>
    %110 = stablehlo.reshape %109 : (tensor<1x2x12xf32>) -> tensor<2x12xf32>
    %111 = stablehlo.dot_general %110, %0, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x12xf32>, tensor<12x48xf32>) -> tensor<2x48xf32>
    %112 = stablehlo.add %111, %2 : tensor<2x48xf32>
    %113 = stablehlo.reshape %112 : (tensor<2x48xf32>) -> tensor<1x2x48xf32>
    %114 = stablehlo.slice %75 [2:3, 0:2, 0:48] : (tensor<3x2x48xf32>) -> tensor<1x2x48xf32>
    %115 = stablehlo.add %113, %114 : tensor<1x2x48xf32>
    %116 = stablehlo.slice %115 [0:1, 0:2, 36:48] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %117 = stablehlo.logistic %116 : tensor<1x2x12xf32>
    %118 = stablehlo.slice %115 [0:1, 0:2, 12:24] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %119 = stablehlo.logistic %118 : tensor<1x2x12xf32>
    %120 = stablehlo.multiply %119, %107 : tensor<1x2x12xf32>
    %121 = stablehlo.slice %115 [0:1, 0:2, 0:12] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %122 = stablehlo.logistic %121 : tensor<1x2x12xf32>
    %123 = stablehlo.slice %115 [0:1, 0:2, 24:36] : (tensor<1x2x48xf32>) -> tensor<1x2x12xf32>
    %124 = stablehlo.tanh %123 : tensor<1x2x12xf32>
    %125 = stablehlo.multiply %122, %124 : tensor<1x2x12xf32>
    %126 = stablehlo.add %120, %125 : tensor<1x2x12xf32>
    %127 = stablehlo.tanh %126 : tensor<1x2x12xf32>
    %128 = stablehlo.multiply %117, %127 : tensor<1x2x12xf32>
    %129 = stablehlo.concatenate %90, %109, %128, dim = 0 : (tensor<1x2x12xf32>, tensor<1x2x12xf32>, tensor<1x2x12xf32>) -> tensor<3x2x12xf32>
    %130 = stablehlo.transpose %129, dims = [1, 0, 2] {result_layout = dense<[2, 0, 1]> : tensor<3xindex>, xla_shape = "f32[2,3,12]{2,0,1}"} : (tensor<3x2x12xf32>) -> tensor<2x3x12xf32>
    %131 = stablehlo.concatenate %68, %128, dim = 0 : (tensor<1x2x12xf32>, tensor<1x2x12xf32>) -> tensor<2x2x12xf32>
    %132 = stablehlo.reshape %131 : (tensor<2x2x12xf32>) -> tensor<2x1x2x12xf32>
    %133 = stablehlo.concatenate %66, %126, dim = 0 : (tensor<1x2x12xf32>, tensor<1x2x12xf32>) -> tensor<2x2x12xf32>
    %134 = stablehlo.reshape %133 : (tensor<2x2x12xf32>) -> tensor<2x1x2x12xf32>
    return %130, %132, %134 : tensor<2x3x12xf32>, tensor<2x1x2x12xf32>, tensor<2x1x2x12xf32>
  }
}
