module @jit_bert_base attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<1x128xi32>, %arg1: tensor<1x128xi32>, %arg2: tensor<1x128xi32>, %arg3: tensor<768xf32>, %arg4: tensor<768xf32>, %arg5: tensor<512x768xf32>, %arg6: tensor<2x768xf32>, %arg7: tensor<30522x768xf32>, %arg8: tensor<3072xf32>, %arg9: tensor<768xf32>, %arg10: tensor<768xf32>, %arg11: tensor<768xf32>, %arg12: tensor<768xf32>, %arg13: tensor<768xf32>, %arg14: tensor<768xf32>, %arg15: tensor<768xf32>, %arg16: tensor<768xf32>, %arg17: tensor<768xf32>, %arg18: tensor<768x3072xf32>, %arg19: tensor<3072x768xf32>, %arg20: tensor<768x768xf32>, %arg21: tensor<768x768xf32>, %arg22: tensor<768x768xf32>, %arg23: tensor<768x768xf32>, %arg24: tensor<3072xf32>, %arg25: tensor<768xf32>, %arg26: tensor<768xf32>, %arg27: tensor<768xf32>, %arg28: tensor<768xf32>, %arg29: tensor<768xf32>, %arg30: tensor<768xf32>, %arg31: tensor<768xf32>, %arg32: tensor<768xf32>, %arg33: tensor<768xf32>, %arg34: tensor<768x3072xf32>, %arg35: tensor<3072x768xf32>, %arg36: tensor<768x768xf32>, %arg37: tensor<768x768xf32>, %arg38: tensor<768x768xf32>, %arg39: tensor<768x768xf32>, %arg40: tensor<3072xf32>, %arg41: tensor<768xf32>, %arg42: tensor<768xf32>, %arg43: tensor<768xf32>, %arg44: tensor<768xf32>, %arg45: tensor<768xf32>, %arg46: tensor<768xf32>, %arg47: tensor<768xf32>, %arg48: tensor<768xf32>, %arg49: tensor<768xf32>, %arg50: tensor<768x3072xf32>, %arg51: tensor<3072x768xf32>, %arg52: tensor<768x768xf32>, %arg53: tensor<768x768xf32>, %arg54: tensor<768x768xf32>, %arg55: tensor<768x768xf32>, %arg56: tensor<3072xf32>, %arg57: tensor<768xf32>, %arg58: tensor<768xf32>, %arg59: tensor<768xf32>, %arg60: tensor<768xf32>, %arg61: tensor<768xf32>, %arg62: tensor<768xf32>, %arg63: tensor<768xf32>, %arg64: tensor<768xf32>, %arg65: tensor<768xf32>, %arg66: tensor<768x3072xf32>, %arg67: tensor<3072x768xf32>, %arg68: tensor<768x768xf32>, %arg69: tensor<768x768xf32>, %arg70: tensor<768x768xf32>, %arg71: tensor<768x768xf32>, %arg72: tensor<3072xf32>, %arg73: tensor<768xf32>, %arg74: tensor<768xf32>, %arg75: tensor<768xf32>, %arg76: tensor<768xf32>, %arg77: tensor<768xf32>, %arg78: tensor<768xf32>, %arg79: tensor<768xf32>, %arg80: tensor<768xf32>, %arg81: tensor<768xf32>, %arg82: tensor<768x3072xf32>, %arg83: tensor<3072x768xf32>, %arg84: tensor<768x768xf32>, %arg85: tensor<768x768xf32>, %arg86: tensor<768x768xf32>, %arg87: tensor<768x768xf32>, %arg88: tensor<3072xf32>, %arg89: tensor<768xf32>, %arg90: tensor<768xf32>, %arg91: tensor<768xf32>, %arg92: tensor<768xf32>, %arg93: tensor<768xf32>, %arg94: tensor<768xf32>, %arg95: tensor<768xf32>, %arg96: tensor<768xf32>, %arg97: tensor<768xf32>, %arg98: tensor<768x3072xf32>, %arg99: tensor<3072x768xf32>, %arg100: tensor<768x768xf32>, %arg101: tensor<768x768xf32>, %arg102: tensor<768x768xf32>, %arg103: tensor<768x768xf32>, %arg104: tensor<3072xf32>, %arg105: tensor<768xf32>, %arg106: tensor<768xf32>, %arg107: tensor<768xf32>, %arg108: tensor<768xf32>, %arg109: tensor<768xf32>, %arg110: tensor<768xf32>, %arg111: tensor<768xf32>, %arg112: tensor<768xf32>, %arg113: tensor<768xf32>, %arg114: tensor<768x3072xf32>, %arg115: tensor<3072x768xf32>, %arg116: tensor<768x768xf32>, %arg117: tensor<768x768xf32>, %arg118: tensor<768x768xf32>, %arg119: tensor<768x768xf32>, %arg120: tensor<3072xf32>, %arg121: tensor<768xf32>, %arg122: tensor<768xf32>, %arg123: tensor<768xf32>, %arg124: tensor<768xf32>, %arg125: tensor<768xf32>, %arg126: tensor<768xf32>, %arg127: tensor<768xf32>, %arg128: tensor<768xf32>, %arg129: tensor<768xf32>, %arg130: tensor<768x3072xf32>, %arg131: tensor<3072x768xf32>, %arg132: tensor<768x768xf32>, %arg133: tensor<768x768xf32>, %arg134: tensor<768x768xf32>, %arg135: tensor<768x768xf32>, %arg136: tensor<3072xf32>, %arg137: tensor<768xf32>, %arg138: tensor<768xf32>, %arg139: tensor<768xf32>, %arg140: tensor<768xf32>, %arg141: tensor<768xf32>, %arg142: tensor<768xf32>, %arg143: tensor<768xf32>, %arg144: tensor<768xf32>, %arg145: tensor<768xf32>, %arg146: tensor<768x3072xf32>, %arg147: tensor<3072x768xf32>, %arg148: tensor<768x768xf32>, %arg149: tensor<768x768xf32>, %arg150: tensor<768x768xf32>, %arg151: tensor<768x768xf32>, %arg152: tensor<3072xf32>, %arg153: tensor<768xf32>, %arg154: tensor<768xf32>, %arg155: tensor<768xf32>, %arg156: tensor<768xf32>, %arg157: tensor<768xf32>, %arg158: tensor<768xf32>, %arg159: tensor<768xf32>, %arg160: tensor<768xf32>, %arg161: tensor<768xf32>, %arg162: tensor<768x3072xf32>, %arg163: tensor<3072x768xf32>, %arg164: tensor<768x768xf32>, %arg165: tensor<768x768xf32>, %arg166: tensor<768x768xf32>, %arg167: tensor<768x768xf32>, %arg168: tensor<3072xf32>, %arg169: tensor<768xf32>, %arg170: tensor<768xf32>, %arg171: tensor<768xf32>, %arg172: tensor<768xf32>, %arg173: tensor<768xf32>, %arg174: tensor<768xf32>, %arg175: tensor<768xf32>, %arg176: tensor<768xf32>, %arg177: tensor<768xf32>, %arg178: tensor<768x3072xf32>, %arg179: tensor<3072x768xf32>, %arg180: tensor<768x768xf32>, %arg181: tensor<768x768xf32>, %arg182: tensor<768x768xf32>, %arg183: tensor<768x768xf32>, %arg184: tensor<3072xf32>, %arg185: tensor<768xf32>, %arg186: tensor<768xf32>, %arg187: tensor<768xf32>, %arg188: tensor<768xf32>, %arg189: tensor<768xf32>, %arg190: tensor<768xf32>, %arg191: tensor<768xf32>, %arg192: tensor<768xf32>, %arg193: tensor<768xf32>, %arg194: tensor<768x3072xf32>, %arg195: tensor<3072x768xf32>, %arg196: tensor<768x768xf32>, %arg197: tensor<768x768xf32>, %arg198: tensor<768x768xf32>, %arg199: tensor<768x768xf32>, %arg200: tensor<768xf32>, %arg201: tensor<768x768xf32>) -> (tensor<1x128x768xf32> {jax.result_info = "result[0]"}, tensor<1x768xf32> {jax.result_info = "result[1]"}) {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<1x128xi32>
    %1 = stablehlo.compare LT, %arg0, %0, SIGNED : (tensor<1x128xi32>, tensor<1x128xi32>) -> tensor<1x128xi1>
    %c_0 = stablehlo.constant dense<30522> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<1x128xi32>
    %3 = stablehlo.add %arg0, %2 : tensor<1x128xi32>
    %4 = stablehlo.select %1, %3, %arg0 : tensor<1x128xi1>, tensor<1x128xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<1x128xi32>) -> tensor<1x128x1xi32>
    %6 = "stablehlo.gather"(%arg7, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 768>}> : (tensor<30522x768xf32>, tensor<1x128x1xi32>) -> tensor<1x128x768xf32>
    %7 = stablehlo.slice %arg5 [0:128, 0:768] : (tensor<512x768xf32>) -> tensor<128x768xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [1, 2] : (tensor<128x768xf32>) -> tensor<1x128x768xf32>
    %9 = stablehlo.add %6, %8 : tensor<1x128x768xf32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %10 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<1x128xi32>
    %11 = stablehlo.compare LT, %arg1, %10, SIGNED : (tensor<1x128xi32>, tensor<1x128xi32>) -> tensor<1x128xi1>
    %c_2 = stablehlo.constant dense<2> : tensor<i32>
    %12 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<1x128xi32>
    %13 = stablehlo.add %arg1, %12 : tensor<1x128xi32>
    %14 = stablehlo.select %11, %13, %arg1 : tensor<1x128xi1>, tensor<1x128xi32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<1x128xi32>) -> tensor<1x128x1xi32>
    %16 = "stablehlo.gather"(%arg6, %15) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 768>}> : (tensor<2x768xf32>, tensor<1x128x1xi32>) -> tensor<1x128x768xf32>
    %17 = stablehlo.add %9, %16 : tensor<1x128x768xf32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %18 = stablehlo.reduce(%17 init: %cst) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %19 = stablehlo.broadcast_in_dim %18, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_3 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %21 = stablehlo.divide %19, %20 : tensor<1x128x1xf32>
    %22 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %23 = stablehlo.subtract %17, %22 : tensor<1x128x768xf32>
    %24 = chlo.square %23 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %25 = stablehlo.reduce(%24 init: %cst_4) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_5 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %27 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %28 = stablehlo.divide %26, %27 : tensor<1x128x1xf32>
    %29 = stablehlo.broadcast_in_dim %21, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %30 = stablehlo.subtract %17, %29 : tensor<1x128x768xf32>
    %cst_6 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %31 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %32 = stablehlo.add %28, %31 : tensor<1x128x1xf32>
    %33 = stablehlo.rsqrt %32 : tensor<1x128x1xf32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %35 = stablehlo.multiply %30, %34 : tensor<1x128x768xf32>
    %36 = stablehlo.broadcast_in_dim %arg4, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %38 = stablehlo.multiply %35, %37 : tensor<1x128x768xf32>
    %39 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %40 = stablehlo.broadcast_in_dim %39, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %41 = stablehlo.add %38, %40 : tensor<1x128x768xf32>
    %c_7 = stablehlo.constant dense<0> : tensor<i32>
    %42 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<1x128xi32>
    %43 = stablehlo.compare GT, %arg2, %42, SIGNED : (tensor<1x128xi32>, tensor<1x128xi32>) -> tensor<1x128xi1>
    %44 = stablehlo.broadcast_in_dim %43, dims = [0, 2] : (tensor<1x128xi1>) -> tensor<1x1x128xi1>
    %45 = stablehlo.broadcast_in_dim %44, dims = [0, 1, 2] : (tensor<1x1x128xi1>) -> tensor<1x128x128xi1>
    %46 = stablehlo.dot_general %41, %arg22, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %47 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %48 = stablehlo.broadcast_in_dim %47, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %49 = stablehlo.add %46, %48 : tensor<1x128x768xf32>
    %50 = stablehlo.reshape %49 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %51 = stablehlo.dot_general %41, %arg20, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %52 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %53 = stablehlo.broadcast_in_dim %52, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %54 = stablehlo.add %51, %53 : tensor<1x128x768xf32>
    %55 = stablehlo.reshape %54 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %56 = stablehlo.dot_general %41, %arg23, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %57 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %58 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %59 = stablehlo.add %56, %58 : tensor<1x128x768xf32>
    %60 = stablehlo.reshape %59 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %61 = stablehlo.dot_general %50, %55, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_8 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %62 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %63 = stablehlo.divide %61, %62 : tensor<1x12x128x128xf32>
    %64 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_9 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %65 = call @_where(%64, %63, %cst_9) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_10 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %66 = stablehlo.reduce(%65 init: %cst_10) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_11 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %67 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %68 = stablehlo.maximum %67, %66 : tensor<1x12x128xf32>
    %69 = stablehlo.broadcast_in_dim %68, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %71 = stablehlo.subtract %65, %70 : tensor<1x12x128x128xf32>
    %72 = stablehlo.exponential %71 : tensor<1x12x128x128xf32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %73 = stablehlo.reduce(%72 init: %cst_12) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %76 = stablehlo.divide %72, %75 : tensor<1x12x128x128xf32>
    %77 = stablehlo.dot_general %60, %76, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %78 = stablehlo.transpose %77, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %80 = stablehlo.dot_general %79, %arg21, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %81 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %82 = stablehlo.broadcast_in_dim %81, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %83 = stablehlo.add %80, %82 : tensor<1x128x768xf32>
    %84 = stablehlo.add %41, %83 : tensor<1x128x768xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %85 = stablehlo.reduce(%84 init: %cst_13) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_14 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %88 = stablehlo.divide %86, %87 : tensor<1x128x1xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %90 = stablehlo.subtract %84, %89 : tensor<1x128x768xf32>
    %91 = chlo.square %90 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %92 = stablehlo.reduce(%91 init: %cst_15) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_16 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %94 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %95 = stablehlo.divide %93, %94 : tensor<1x128x1xf32>
    %96 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %97 = stablehlo.subtract %84, %96 : tensor<1x128x768xf32>
    %cst_17 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %98 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %99 = stablehlo.add %95, %98 : tensor<1x128x1xf32>
    %100 = stablehlo.rsqrt %99 : tensor<1x128x1xf32>
    %101 = stablehlo.broadcast_in_dim %100, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %102 = stablehlo.multiply %97, %101 : tensor<1x128x768xf32>
    %103 = stablehlo.broadcast_in_dim %arg15, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %104 = stablehlo.broadcast_in_dim %103, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %105 = stablehlo.multiply %102, %104 : tensor<1x128x768xf32>
    %106 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %108 = stablehlo.add %105, %107 : tensor<1x128x768xf32>
    %109 = stablehlo.dot_general %108, %arg18, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %110 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %112 = stablehlo.add %109, %111 : tensor<1x128x3072xf32>
    %cst_18 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %113 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %114 = stablehlo.multiply %113, %112 : tensor<1x128x3072xf32>
    %cst_19 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %116 = stablehlo.divide %112, %115 : tensor<1x128x3072xf32>
    %117 = chlo.erf %116 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %118 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %119 = stablehlo.add %118, %117 : tensor<1x128x3072xf32>
    %120 = stablehlo.multiply %114, %119 : tensor<1x128x3072xf32>
    %121 = stablehlo.dot_general %120, %arg19, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %122 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %124 = stablehlo.add %121, %123 : tensor<1x128x768xf32>
    %125 = stablehlo.add %108, %124 : tensor<1x128x768xf32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %126 = stablehlo.reduce(%125 init: %cst_21) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_22 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %129 = stablehlo.divide %127, %128 : tensor<1x128x1xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %131 = stablehlo.subtract %125, %130 : tensor<1x128x768xf32>
    %132 = chlo.square %131 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %133 = stablehlo.reduce(%132 init: %cst_23) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %134 = stablehlo.broadcast_in_dim %133, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_24 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %135 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %136 = stablehlo.divide %134, %135 : tensor<1x128x1xf32>
    %137 = stablehlo.broadcast_in_dim %129, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %138 = stablehlo.subtract %125, %137 : tensor<1x128x768xf32>
    %cst_25 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %140 = stablehlo.add %136, %139 : tensor<1x128x1xf32>
    %141 = stablehlo.rsqrt %140 : tensor<1x128x1xf32>
    %142 = stablehlo.broadcast_in_dim %141, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %143 = stablehlo.multiply %138, %142 : tensor<1x128x768xf32>
    %144 = stablehlo.broadcast_in_dim %arg17, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %145 = stablehlo.broadcast_in_dim %144, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %146 = stablehlo.multiply %143, %145 : tensor<1x128x768xf32>
    %147 = stablehlo.broadcast_in_dim %arg16, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %148 = stablehlo.broadcast_in_dim %147, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %149 = stablehlo.add %146, %148 : tensor<1x128x768xf32>
    %150 = stablehlo.dot_general %149, %arg38, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %151 = stablehlo.broadcast_in_dim %arg28, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %153 = stablehlo.add %150, %152 : tensor<1x128x768xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %155 = stablehlo.dot_general %149, %arg36, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %156 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %158 = stablehlo.add %155, %157 : tensor<1x128x768xf32>
    %159 = stablehlo.reshape %158 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %160 = stablehlo.dot_general %149, %arg39, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %161 = stablehlo.broadcast_in_dim %arg29, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %163 = stablehlo.add %160, %162 : tensor<1x128x768xf32>
    %164 = stablehlo.reshape %163 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %165 = stablehlo.dot_general %154, %159, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_26 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %166 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %167 = stablehlo.divide %165, %166 : tensor<1x12x128x128xf32>
    %168 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_27 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %169 = call @_where(%168, %167, %cst_27) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_28 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %170 = stablehlo.reduce(%169 init: %cst_28) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_29 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %171 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %172 = stablehlo.maximum %171, %170 : tensor<1x12x128xf32>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %175 = stablehlo.subtract %169, %174 : tensor<1x12x128x128xf32>
    %176 = stablehlo.exponential %175 : tensor<1x12x128x128xf32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %177 = stablehlo.reduce(%176 init: %cst_30) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %179 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %180 = stablehlo.divide %176, %179 : tensor<1x12x128x128xf32>
    %181 = stablehlo.dot_general %164, %180, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %182 = stablehlo.transpose %181, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %183 = stablehlo.reshape %182 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %184 = stablehlo.dot_general %183, %arg37, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %185 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %187 = stablehlo.add %184, %186 : tensor<1x128x768xf32>
    %188 = stablehlo.add %149, %187 : tensor<1x128x768xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %189 = stablehlo.reduce(%188 init: %cst_31) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_32 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %192 = stablehlo.divide %190, %191 : tensor<1x128x1xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %194 = stablehlo.subtract %188, %193 : tensor<1x128x768xf32>
    %195 = chlo.square %194 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %196 = stablehlo.reduce(%195 init: %cst_33) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_34 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %199 = stablehlo.divide %197, %198 : tensor<1x128x1xf32>
    %200 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %201 = stablehlo.subtract %188, %200 : tensor<1x128x768xf32>
    %cst_35 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %203 = stablehlo.add %199, %202 : tensor<1x128x1xf32>
    %204 = stablehlo.rsqrt %203 : tensor<1x128x1xf32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %206 = stablehlo.multiply %201, %205 : tensor<1x128x768xf32>
    %207 = stablehlo.broadcast_in_dim %arg31, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %208 = stablehlo.broadcast_in_dim %207, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %209 = stablehlo.multiply %206, %208 : tensor<1x128x768xf32>
    %210 = stablehlo.broadcast_in_dim %arg30, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %211 = stablehlo.broadcast_in_dim %210, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %212 = stablehlo.add %209, %211 : tensor<1x128x768xf32>
    %213 = stablehlo.dot_general %212, %arg34, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %214 = stablehlo.broadcast_in_dim %arg24, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %215 = stablehlo.broadcast_in_dim %214, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %216 = stablehlo.add %213, %215 : tensor<1x128x3072xf32>
    %cst_36 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %218 = stablehlo.multiply %217, %216 : tensor<1x128x3072xf32>
    %cst_37 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %219 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %220 = stablehlo.divide %216, %219 : tensor<1x128x3072xf32>
    %221 = chlo.erf %220 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_38 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %222 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %223 = stablehlo.add %222, %221 : tensor<1x128x3072xf32>
    %224 = stablehlo.multiply %218, %223 : tensor<1x128x3072xf32>
    %225 = stablehlo.dot_general %224, %arg35, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %226 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %228 = stablehlo.add %225, %227 : tensor<1x128x768xf32>
    %229 = stablehlo.add %212, %228 : tensor<1x128x768xf32>
    %cst_39 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %230 = stablehlo.reduce(%229 init: %cst_39) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %231 = stablehlo.broadcast_in_dim %230, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_40 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %232 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %233 = stablehlo.divide %231, %232 : tensor<1x128x1xf32>
    %234 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %235 = stablehlo.subtract %229, %234 : tensor<1x128x768xf32>
    %236 = chlo.square %235 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_41 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %237 = stablehlo.reduce(%236 init: %cst_41) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_42 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %240 = stablehlo.divide %238, %239 : tensor<1x128x1xf32>
    %241 = stablehlo.broadcast_in_dim %233, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %242 = stablehlo.subtract %229, %241 : tensor<1x128x768xf32>
    %cst_43 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %244 = stablehlo.add %240, %243 : tensor<1x128x1xf32>
    %245 = stablehlo.rsqrt %244 : tensor<1x128x1xf32>
    %246 = stablehlo.broadcast_in_dim %245, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %247 = stablehlo.multiply %242, %246 : tensor<1x128x768xf32>
    %248 = stablehlo.broadcast_in_dim %arg33, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %249 = stablehlo.broadcast_in_dim %248, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %250 = stablehlo.multiply %247, %249 : tensor<1x128x768xf32>
    %251 = stablehlo.broadcast_in_dim %arg32, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %252 = stablehlo.broadcast_in_dim %251, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %253 = stablehlo.add %250, %252 : tensor<1x128x768xf32>
    %254 = stablehlo.dot_general %253, %arg54, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %255 = stablehlo.broadcast_in_dim %arg44, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %256 = stablehlo.broadcast_in_dim %255, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %257 = stablehlo.add %254, %256 : tensor<1x128x768xf32>
    %258 = stablehlo.reshape %257 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %259 = stablehlo.dot_general %253, %arg52, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %260 = stablehlo.broadcast_in_dim %arg42, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %261 = stablehlo.broadcast_in_dim %260, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %262 = stablehlo.add %259, %261 : tensor<1x128x768xf32>
    %263 = stablehlo.reshape %262 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %264 = stablehlo.dot_general %253, %arg55, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %265 = stablehlo.broadcast_in_dim %arg45, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %266 = stablehlo.broadcast_in_dim %265, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %267 = stablehlo.add %264, %266 : tensor<1x128x768xf32>
    %268 = stablehlo.reshape %267 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %269 = stablehlo.dot_general %258, %263, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_44 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %270 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %271 = stablehlo.divide %269, %270 : tensor<1x12x128x128xf32>
    %272 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_45 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %273 = call @_where(%272, %271, %cst_45) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_46 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %274 = stablehlo.reduce(%273 init: %cst_46) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_47 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %276 = stablehlo.maximum %275, %274 : tensor<1x12x128xf32>
    %277 = stablehlo.broadcast_in_dim %276, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %278 = stablehlo.broadcast_in_dim %277, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %279 = stablehlo.subtract %273, %278 : tensor<1x12x128x128xf32>
    %280 = stablehlo.exponential %279 : tensor<1x12x128x128xf32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %281 = stablehlo.reduce(%280 init: %cst_48) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %284 = stablehlo.divide %280, %283 : tensor<1x12x128x128xf32>
    %285 = stablehlo.dot_general %268, %284, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %286 = stablehlo.transpose %285, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %287 = stablehlo.reshape %286 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %288 = stablehlo.dot_general %287, %arg53, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %289 = stablehlo.broadcast_in_dim %arg43, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %290 = stablehlo.broadcast_in_dim %289, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %291 = stablehlo.add %288, %290 : tensor<1x128x768xf32>
    %292 = stablehlo.add %253, %291 : tensor<1x128x768xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %293 = stablehlo.reduce(%292 init: %cst_49) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %294 = stablehlo.broadcast_in_dim %293, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_50 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %295 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %296 = stablehlo.divide %294, %295 : tensor<1x128x1xf32>
    %297 = stablehlo.broadcast_in_dim %296, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %298 = stablehlo.subtract %292, %297 : tensor<1x128x768xf32>
    %299 = chlo.square %298 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_51 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %300 = stablehlo.reduce(%299 init: %cst_51) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %301 = stablehlo.broadcast_in_dim %300, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_52 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %302 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %303 = stablehlo.divide %301, %302 : tensor<1x128x1xf32>
    %304 = stablehlo.broadcast_in_dim %296, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %305 = stablehlo.subtract %292, %304 : tensor<1x128x768xf32>
    %cst_53 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %306 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %307 = stablehlo.add %303, %306 : tensor<1x128x1xf32>
    %308 = stablehlo.rsqrt %307 : tensor<1x128x1xf32>
    %309 = stablehlo.broadcast_in_dim %308, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %310 = stablehlo.multiply %305, %309 : tensor<1x128x768xf32>
    %311 = stablehlo.broadcast_in_dim %arg47, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %312 = stablehlo.broadcast_in_dim %311, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %313 = stablehlo.multiply %310, %312 : tensor<1x128x768xf32>
    %314 = stablehlo.broadcast_in_dim %arg46, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %315 = stablehlo.broadcast_in_dim %314, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %316 = stablehlo.add %313, %315 : tensor<1x128x768xf32>
    %317 = stablehlo.dot_general %316, %arg50, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %318 = stablehlo.broadcast_in_dim %arg40, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %319 = stablehlo.broadcast_in_dim %318, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %320 = stablehlo.add %317, %319 : tensor<1x128x3072xf32>
    %cst_54 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %321 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %322 = stablehlo.multiply %321, %320 : tensor<1x128x3072xf32>
    %cst_55 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %323 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %324 = stablehlo.divide %320, %323 : tensor<1x128x3072xf32>
    %325 = chlo.erf %324 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %326 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %327 = stablehlo.add %326, %325 : tensor<1x128x3072xf32>
    %328 = stablehlo.multiply %322, %327 : tensor<1x128x3072xf32>
    %329 = stablehlo.dot_general %328, %arg51, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %330 = stablehlo.broadcast_in_dim %arg41, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %331 = stablehlo.broadcast_in_dim %330, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %332 = stablehlo.add %329, %331 : tensor<1x128x768xf32>
    %333 = stablehlo.add %316, %332 : tensor<1x128x768xf32>
    %cst_57 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %334 = stablehlo.reduce(%333 init: %cst_57) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %335 = stablehlo.broadcast_in_dim %334, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_58 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %336 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %337 = stablehlo.divide %335, %336 : tensor<1x128x1xf32>
    %338 = stablehlo.broadcast_in_dim %337, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %339 = stablehlo.subtract %333, %338 : tensor<1x128x768xf32>
    %340 = chlo.square %339 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_59 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %341 = stablehlo.reduce(%340 init: %cst_59) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %342 = stablehlo.broadcast_in_dim %341, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_60 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %343 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %344 = stablehlo.divide %342, %343 : tensor<1x128x1xf32>
    %345 = stablehlo.broadcast_in_dim %337, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %346 = stablehlo.subtract %333, %345 : tensor<1x128x768xf32>
    %cst_61 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %347 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %348 = stablehlo.add %344, %347 : tensor<1x128x1xf32>
    %349 = stablehlo.rsqrt %348 : tensor<1x128x1xf32>
    %350 = stablehlo.broadcast_in_dim %349, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %351 = stablehlo.multiply %346, %350 : tensor<1x128x768xf32>
    %352 = stablehlo.broadcast_in_dim %arg49, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %353 = stablehlo.broadcast_in_dim %352, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %354 = stablehlo.multiply %351, %353 : tensor<1x128x768xf32>
    %355 = stablehlo.broadcast_in_dim %arg48, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %356 = stablehlo.broadcast_in_dim %355, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %357 = stablehlo.add %354, %356 : tensor<1x128x768xf32>
    %358 = stablehlo.dot_general %357, %arg70, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %359 = stablehlo.broadcast_in_dim %arg60, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %360 = stablehlo.broadcast_in_dim %359, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %361 = stablehlo.add %358, %360 : tensor<1x128x768xf32>
    %362 = stablehlo.reshape %361 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %363 = stablehlo.dot_general %357, %arg68, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %364 = stablehlo.broadcast_in_dim %arg58, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %366 = stablehlo.add %363, %365 : tensor<1x128x768xf32>
    %367 = stablehlo.reshape %366 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %368 = stablehlo.dot_general %357, %arg71, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %369 = stablehlo.broadcast_in_dim %arg61, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %371 = stablehlo.add %368, %370 : tensor<1x128x768xf32>
    %372 = stablehlo.reshape %371 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %373 = stablehlo.dot_general %362, %367, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_62 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %374 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %375 = stablehlo.divide %373, %374 : tensor<1x12x128x128xf32>
    %376 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_63 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %377 = call @_where(%376, %375, %cst_63) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_64 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %378 = stablehlo.reduce(%377 init: %cst_64) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_65 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %379 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %380 = stablehlo.maximum %379, %378 : tensor<1x12x128xf32>
    %381 = stablehlo.broadcast_in_dim %380, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %382 = stablehlo.broadcast_in_dim %381, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %383 = stablehlo.subtract %377, %382 : tensor<1x12x128x128xf32>
    %384 = stablehlo.exponential %383 : tensor<1x12x128x128xf32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %385 = stablehlo.reduce(%384 init: %cst_66) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %386 = stablehlo.broadcast_in_dim %385, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %387 = stablehlo.broadcast_in_dim %386, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %388 = stablehlo.divide %384, %387 : tensor<1x12x128x128xf32>
    %389 = stablehlo.dot_general %372, %388, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %390 = stablehlo.transpose %389, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %391 = stablehlo.reshape %390 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %392 = stablehlo.dot_general %391, %arg69, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %393 = stablehlo.broadcast_in_dim %arg59, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %394 = stablehlo.broadcast_in_dim %393, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %395 = stablehlo.add %392, %394 : tensor<1x128x768xf32>
    %396 = stablehlo.add %357, %395 : tensor<1x128x768xf32>
    %cst_67 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %397 = stablehlo.reduce(%396 init: %cst_67) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %398 = stablehlo.broadcast_in_dim %397, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_68 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %399 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %400 = stablehlo.divide %398, %399 : tensor<1x128x1xf32>
    %401 = stablehlo.broadcast_in_dim %400, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %402 = stablehlo.subtract %396, %401 : tensor<1x128x768xf32>
    %403 = chlo.square %402 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_69 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %404 = stablehlo.reduce(%403 init: %cst_69) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %405 = stablehlo.broadcast_in_dim %404, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_70 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %406 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %407 = stablehlo.divide %405, %406 : tensor<1x128x1xf32>
    %408 = stablehlo.broadcast_in_dim %400, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %409 = stablehlo.subtract %396, %408 : tensor<1x128x768xf32>
    %cst_71 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %410 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %411 = stablehlo.add %407, %410 : tensor<1x128x1xf32>
    %412 = stablehlo.rsqrt %411 : tensor<1x128x1xf32>
    %413 = stablehlo.broadcast_in_dim %412, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %414 = stablehlo.multiply %409, %413 : tensor<1x128x768xf32>
    %415 = stablehlo.broadcast_in_dim %arg63, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %416 = stablehlo.broadcast_in_dim %415, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %417 = stablehlo.multiply %414, %416 : tensor<1x128x768xf32>
    %418 = stablehlo.broadcast_in_dim %arg62, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %419 = stablehlo.broadcast_in_dim %418, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %420 = stablehlo.add %417, %419 : tensor<1x128x768xf32>
    %421 = stablehlo.dot_general %420, %arg66, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %422 = stablehlo.broadcast_in_dim %arg56, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %423 = stablehlo.broadcast_in_dim %422, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %424 = stablehlo.add %421, %423 : tensor<1x128x3072xf32>
    %cst_72 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %425 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %426 = stablehlo.multiply %425, %424 : tensor<1x128x3072xf32>
    %cst_73 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %427 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %428 = stablehlo.divide %424, %427 : tensor<1x128x3072xf32>
    %429 = chlo.erf %428 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_74 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %430 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %431 = stablehlo.add %430, %429 : tensor<1x128x3072xf32>
    %432 = stablehlo.multiply %426, %431 : tensor<1x128x3072xf32>
    %433 = stablehlo.dot_general %432, %arg67, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %434 = stablehlo.broadcast_in_dim %arg57, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %435 = stablehlo.broadcast_in_dim %434, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %436 = stablehlo.add %433, %435 : tensor<1x128x768xf32>
    %437 = stablehlo.add %420, %436 : tensor<1x128x768xf32>
    %cst_75 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %438 = stablehlo.reduce(%437 init: %cst_75) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %439 = stablehlo.broadcast_in_dim %438, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_76 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %440 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %441 = stablehlo.divide %439, %440 : tensor<1x128x1xf32>
    %442 = stablehlo.broadcast_in_dim %441, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %443 = stablehlo.subtract %437, %442 : tensor<1x128x768xf32>
    %444 = chlo.square %443 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_77 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %445 = stablehlo.reduce(%444 init: %cst_77) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %446 = stablehlo.broadcast_in_dim %445, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_78 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %447 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %448 = stablehlo.divide %446, %447 : tensor<1x128x1xf32>
    %449 = stablehlo.broadcast_in_dim %441, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %450 = stablehlo.subtract %437, %449 : tensor<1x128x768xf32>
    %cst_79 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %451 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %452 = stablehlo.add %448, %451 : tensor<1x128x1xf32>
    %453 = stablehlo.rsqrt %452 : tensor<1x128x1xf32>
    %454 = stablehlo.broadcast_in_dim %453, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %455 = stablehlo.multiply %450, %454 : tensor<1x128x768xf32>
    %456 = stablehlo.broadcast_in_dim %arg65, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %457 = stablehlo.broadcast_in_dim %456, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %458 = stablehlo.multiply %455, %457 : tensor<1x128x768xf32>
    %459 = stablehlo.broadcast_in_dim %arg64, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %460 = stablehlo.broadcast_in_dim %459, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %461 = stablehlo.add %458, %460 : tensor<1x128x768xf32>
    %462 = stablehlo.dot_general %461, %arg86, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %463 = stablehlo.broadcast_in_dim %arg76, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %464 = stablehlo.broadcast_in_dim %463, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %465 = stablehlo.add %462, %464 : tensor<1x128x768xf32>
    %466 = stablehlo.reshape %465 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %467 = stablehlo.dot_general %461, %arg84, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %468 = stablehlo.broadcast_in_dim %arg74, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %469 = stablehlo.broadcast_in_dim %468, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %470 = stablehlo.add %467, %469 : tensor<1x128x768xf32>
    %471 = stablehlo.reshape %470 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %472 = stablehlo.dot_general %461, %arg87, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %473 = stablehlo.broadcast_in_dim %arg77, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %474 = stablehlo.broadcast_in_dim %473, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %475 = stablehlo.add %472, %474 : tensor<1x128x768xf32>
    %476 = stablehlo.reshape %475 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %477 = stablehlo.dot_general %466, %471, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_80 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %478 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %479 = stablehlo.divide %477, %478 : tensor<1x12x128x128xf32>
    %480 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_81 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %481 = call @_where(%480, %479, %cst_81) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_82 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %482 = stablehlo.reduce(%481 init: %cst_82) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_83 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %483 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %484 = stablehlo.maximum %483, %482 : tensor<1x12x128xf32>
    %485 = stablehlo.broadcast_in_dim %484, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %486 = stablehlo.broadcast_in_dim %485, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %487 = stablehlo.subtract %481, %486 : tensor<1x12x128x128xf32>
    %488 = stablehlo.exponential %487 : tensor<1x12x128x128xf32>
    %cst_84 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %489 = stablehlo.reduce(%488 init: %cst_84) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %490 = stablehlo.broadcast_in_dim %489, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %491 = stablehlo.broadcast_in_dim %490, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %492 = stablehlo.divide %488, %491 : tensor<1x12x128x128xf32>
    %493 = stablehlo.dot_general %476, %492, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %494 = stablehlo.transpose %493, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %495 = stablehlo.reshape %494 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %496 = stablehlo.dot_general %495, %arg85, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %497 = stablehlo.broadcast_in_dim %arg75, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %498 = stablehlo.broadcast_in_dim %497, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %499 = stablehlo.add %496, %498 : tensor<1x128x768xf32>
    %500 = stablehlo.add %461, %499 : tensor<1x128x768xf32>
    %cst_85 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %501 = stablehlo.reduce(%500 init: %cst_85) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %502 = stablehlo.broadcast_in_dim %501, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_86 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %503 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %504 = stablehlo.divide %502, %503 : tensor<1x128x1xf32>
    %505 = stablehlo.broadcast_in_dim %504, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %506 = stablehlo.subtract %500, %505 : tensor<1x128x768xf32>
    %507 = chlo.square %506 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_87 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %508 = stablehlo.reduce(%507 init: %cst_87) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %509 = stablehlo.broadcast_in_dim %508, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_88 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %510 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %511 = stablehlo.divide %509, %510 : tensor<1x128x1xf32>
    %512 = stablehlo.broadcast_in_dim %504, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %513 = stablehlo.subtract %500, %512 : tensor<1x128x768xf32>
    %cst_89 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %514 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %515 = stablehlo.add %511, %514 : tensor<1x128x1xf32>
    %516 = stablehlo.rsqrt %515 : tensor<1x128x1xf32>
    %517 = stablehlo.broadcast_in_dim %516, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %518 = stablehlo.multiply %513, %517 : tensor<1x128x768xf32>
    %519 = stablehlo.broadcast_in_dim %arg79, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %520 = stablehlo.broadcast_in_dim %519, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %521 = stablehlo.multiply %518, %520 : tensor<1x128x768xf32>
    %522 = stablehlo.broadcast_in_dim %arg78, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %523 = stablehlo.broadcast_in_dim %522, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %524 = stablehlo.add %521, %523 : tensor<1x128x768xf32>
    %525 = stablehlo.dot_general %524, %arg82, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %526 = stablehlo.broadcast_in_dim %arg72, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %527 = stablehlo.broadcast_in_dim %526, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %528 = stablehlo.add %525, %527 : tensor<1x128x3072xf32>
    %cst_90 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %529 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %530 = stablehlo.multiply %529, %528 : tensor<1x128x3072xf32>
    %cst_91 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %531 = stablehlo.broadcast_in_dim %cst_91, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %532 = stablehlo.divide %528, %531 : tensor<1x128x3072xf32>
    %533 = chlo.erf %532 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_92 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %534 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %535 = stablehlo.add %534, %533 : tensor<1x128x3072xf32>
    %536 = stablehlo.multiply %530, %535 : tensor<1x128x3072xf32>
    %537 = stablehlo.dot_general %536, %arg83, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %538 = stablehlo.broadcast_in_dim %arg73, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %539 = stablehlo.broadcast_in_dim %538, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %540 = stablehlo.add %537, %539 : tensor<1x128x768xf32>
    %541 = stablehlo.add %524, %540 : tensor<1x128x768xf32>
    %cst_93 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %542 = stablehlo.reduce(%541 init: %cst_93) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %543 = stablehlo.broadcast_in_dim %542, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_94 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %544 = stablehlo.broadcast_in_dim %cst_94, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %545 = stablehlo.divide %543, %544 : tensor<1x128x1xf32>
    %546 = stablehlo.broadcast_in_dim %545, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %547 = stablehlo.subtract %541, %546 : tensor<1x128x768xf32>
    %548 = chlo.square %547 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_95 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %549 = stablehlo.reduce(%548 init: %cst_95) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %550 = stablehlo.broadcast_in_dim %549, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_96 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %551 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %552 = stablehlo.divide %550, %551 : tensor<1x128x1xf32>
    %553 = stablehlo.broadcast_in_dim %545, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %554 = stablehlo.subtract %541, %553 : tensor<1x128x768xf32>
    %cst_97 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %555 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %556 = stablehlo.add %552, %555 : tensor<1x128x1xf32>
    %557 = stablehlo.rsqrt %556 : tensor<1x128x1xf32>
    %558 = stablehlo.broadcast_in_dim %557, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %559 = stablehlo.multiply %554, %558 : tensor<1x128x768xf32>
    %560 = stablehlo.broadcast_in_dim %arg81, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %561 = stablehlo.broadcast_in_dim %560, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %562 = stablehlo.multiply %559, %561 : tensor<1x128x768xf32>
    %563 = stablehlo.broadcast_in_dim %arg80, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %564 = stablehlo.broadcast_in_dim %563, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %565 = stablehlo.add %562, %564 : tensor<1x128x768xf32>
    %566 = stablehlo.dot_general %565, %arg102, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %567 = stablehlo.broadcast_in_dim %arg92, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %568 = stablehlo.broadcast_in_dim %567, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %569 = stablehlo.add %566, %568 : tensor<1x128x768xf32>
    %570 = stablehlo.reshape %569 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %571 = stablehlo.dot_general %565, %arg100, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %572 = stablehlo.broadcast_in_dim %arg90, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %573 = stablehlo.broadcast_in_dim %572, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %574 = stablehlo.add %571, %573 : tensor<1x128x768xf32>
    %575 = stablehlo.reshape %574 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %576 = stablehlo.dot_general %565, %arg103, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %577 = stablehlo.broadcast_in_dim %arg93, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %578 = stablehlo.broadcast_in_dim %577, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %579 = stablehlo.add %576, %578 : tensor<1x128x768xf32>
    %580 = stablehlo.reshape %579 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %581 = stablehlo.dot_general %570, %575, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_98 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %582 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %583 = stablehlo.divide %581, %582 : tensor<1x12x128x128xf32>
    %584 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_99 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %585 = call @_where(%584, %583, %cst_99) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_100 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %586 = stablehlo.reduce(%585 init: %cst_100) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_101 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %587 = stablehlo.broadcast_in_dim %cst_101, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %588 = stablehlo.maximum %587, %586 : tensor<1x12x128xf32>
    %589 = stablehlo.broadcast_in_dim %588, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %590 = stablehlo.broadcast_in_dim %589, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %591 = stablehlo.subtract %585, %590 : tensor<1x12x128x128xf32>
    %592 = stablehlo.exponential %591 : tensor<1x12x128x128xf32>
    %cst_102 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %593 = stablehlo.reduce(%592 init: %cst_102) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %594 = stablehlo.broadcast_in_dim %593, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %595 = stablehlo.broadcast_in_dim %594, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %596 = stablehlo.divide %592, %595 : tensor<1x12x128x128xf32>
    %597 = stablehlo.dot_general %580, %596, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %598 = stablehlo.transpose %597, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %599 = stablehlo.reshape %598 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %600 = stablehlo.dot_general %599, %arg101, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %601 = stablehlo.broadcast_in_dim %arg91, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %602 = stablehlo.broadcast_in_dim %601, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %603 = stablehlo.add %600, %602 : tensor<1x128x768xf32>
    %604 = stablehlo.add %565, %603 : tensor<1x128x768xf32>
    %cst_103 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %605 = stablehlo.reduce(%604 init: %cst_103) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %606 = stablehlo.broadcast_in_dim %605, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_104 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %607 = stablehlo.broadcast_in_dim %cst_104, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %608 = stablehlo.divide %606, %607 : tensor<1x128x1xf32>
    %609 = stablehlo.broadcast_in_dim %608, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %610 = stablehlo.subtract %604, %609 : tensor<1x128x768xf32>
    %611 = chlo.square %610 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_105 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %612 = stablehlo.reduce(%611 init: %cst_105) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %613 = stablehlo.broadcast_in_dim %612, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_106 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %614 = stablehlo.broadcast_in_dim %cst_106, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %615 = stablehlo.divide %613, %614 : tensor<1x128x1xf32>
    %616 = stablehlo.broadcast_in_dim %608, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %617 = stablehlo.subtract %604, %616 : tensor<1x128x768xf32>
    %cst_107 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %618 = stablehlo.broadcast_in_dim %cst_107, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %619 = stablehlo.add %615, %618 : tensor<1x128x1xf32>
    %620 = stablehlo.rsqrt %619 : tensor<1x128x1xf32>
    %621 = stablehlo.broadcast_in_dim %620, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %622 = stablehlo.multiply %617, %621 : tensor<1x128x768xf32>
    %623 = stablehlo.broadcast_in_dim %arg95, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %624 = stablehlo.broadcast_in_dim %623, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %625 = stablehlo.multiply %622, %624 : tensor<1x128x768xf32>
    %626 = stablehlo.broadcast_in_dim %arg94, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %627 = stablehlo.broadcast_in_dim %626, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %628 = stablehlo.add %625, %627 : tensor<1x128x768xf32>
    %629 = stablehlo.dot_general %628, %arg98, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %630 = stablehlo.broadcast_in_dim %arg88, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %631 = stablehlo.broadcast_in_dim %630, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %632 = stablehlo.add %629, %631 : tensor<1x128x3072xf32>
    %cst_108 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %633 = stablehlo.broadcast_in_dim %cst_108, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %634 = stablehlo.multiply %633, %632 : tensor<1x128x3072xf32>
    %cst_109 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %635 = stablehlo.broadcast_in_dim %cst_109, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %636 = stablehlo.divide %632, %635 : tensor<1x128x3072xf32>
    %637 = chlo.erf %636 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_110 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %638 = stablehlo.broadcast_in_dim %cst_110, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %639 = stablehlo.add %638, %637 : tensor<1x128x3072xf32>
    %640 = stablehlo.multiply %634, %639 : tensor<1x128x3072xf32>
    %641 = stablehlo.dot_general %640, %arg99, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %642 = stablehlo.broadcast_in_dim %arg89, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %643 = stablehlo.broadcast_in_dim %642, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %644 = stablehlo.add %641, %643 : tensor<1x128x768xf32>
    %645 = stablehlo.add %628, %644 : tensor<1x128x768xf32>
    %cst_111 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %646 = stablehlo.reduce(%645 init: %cst_111) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %647 = stablehlo.broadcast_in_dim %646, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_112 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %648 = stablehlo.broadcast_in_dim %cst_112, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %649 = stablehlo.divide %647, %648 : tensor<1x128x1xf32>
    %650 = stablehlo.broadcast_in_dim %649, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %651 = stablehlo.subtract %645, %650 : tensor<1x128x768xf32>
    %652 = chlo.square %651 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_113 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %653 = stablehlo.reduce(%652 init: %cst_113) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %654 = stablehlo.broadcast_in_dim %653, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_114 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %655 = stablehlo.broadcast_in_dim %cst_114, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %656 = stablehlo.divide %654, %655 : tensor<1x128x1xf32>
    %657 = stablehlo.broadcast_in_dim %649, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %658 = stablehlo.subtract %645, %657 : tensor<1x128x768xf32>
    %cst_115 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %659 = stablehlo.broadcast_in_dim %cst_115, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %660 = stablehlo.add %656, %659 : tensor<1x128x1xf32>
    %661 = stablehlo.rsqrt %660 : tensor<1x128x1xf32>
    %662 = stablehlo.broadcast_in_dim %661, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %663 = stablehlo.multiply %658, %662 : tensor<1x128x768xf32>
    %664 = stablehlo.broadcast_in_dim %arg97, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %665 = stablehlo.broadcast_in_dim %664, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %666 = stablehlo.multiply %663, %665 : tensor<1x128x768xf32>
    %667 = stablehlo.broadcast_in_dim %arg96, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %668 = stablehlo.broadcast_in_dim %667, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %669 = stablehlo.add %666, %668 : tensor<1x128x768xf32>
    %670 = stablehlo.dot_general %669, %arg118, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %671 = stablehlo.broadcast_in_dim %arg108, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %672 = stablehlo.broadcast_in_dim %671, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %673 = stablehlo.add %670, %672 : tensor<1x128x768xf32>
    %674 = stablehlo.reshape %673 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %675 = stablehlo.dot_general %669, %arg116, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %676 = stablehlo.broadcast_in_dim %arg106, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %677 = stablehlo.broadcast_in_dim %676, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %678 = stablehlo.add %675, %677 : tensor<1x128x768xf32>
    %679 = stablehlo.reshape %678 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %680 = stablehlo.dot_general %669, %arg119, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %681 = stablehlo.broadcast_in_dim %arg109, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %682 = stablehlo.broadcast_in_dim %681, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %683 = stablehlo.add %680, %682 : tensor<1x128x768xf32>
    %684 = stablehlo.reshape %683 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %685 = stablehlo.dot_general %674, %679, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_116 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %686 = stablehlo.broadcast_in_dim %cst_116, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %687 = stablehlo.divide %685, %686 : tensor<1x12x128x128xf32>
    %688 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_117 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %689 = call @_where(%688, %687, %cst_117) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_118 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %690 = stablehlo.reduce(%689 init: %cst_118) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_119 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %691 = stablehlo.broadcast_in_dim %cst_119, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %692 = stablehlo.maximum %691, %690 : tensor<1x12x128xf32>
    %693 = stablehlo.broadcast_in_dim %692, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %694 = stablehlo.broadcast_in_dim %693, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %695 = stablehlo.subtract %689, %694 : tensor<1x12x128x128xf32>
    %696 = stablehlo.exponential %695 : tensor<1x12x128x128xf32>
    %cst_120 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %697 = stablehlo.reduce(%696 init: %cst_120) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %698 = stablehlo.broadcast_in_dim %697, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %699 = stablehlo.broadcast_in_dim %698, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %700 = stablehlo.divide %696, %699 : tensor<1x12x128x128xf32>
    %701 = stablehlo.dot_general %684, %700, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %702 = stablehlo.transpose %701, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %703 = stablehlo.reshape %702 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %704 = stablehlo.dot_general %703, %arg117, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %705 = stablehlo.broadcast_in_dim %arg107, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %706 = stablehlo.broadcast_in_dim %705, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %707 = stablehlo.add %704, %706 : tensor<1x128x768xf32>
    %708 = stablehlo.add %669, %707 : tensor<1x128x768xf32>
    %cst_121 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %709 = stablehlo.reduce(%708 init: %cst_121) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %710 = stablehlo.broadcast_in_dim %709, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_122 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %711 = stablehlo.broadcast_in_dim %cst_122, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %712 = stablehlo.divide %710, %711 : tensor<1x128x1xf32>
    %713 = stablehlo.broadcast_in_dim %712, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %714 = stablehlo.subtract %708, %713 : tensor<1x128x768xf32>
    %715 = chlo.square %714 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_123 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %716 = stablehlo.reduce(%715 init: %cst_123) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %717 = stablehlo.broadcast_in_dim %716, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_124 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %718 = stablehlo.broadcast_in_dim %cst_124, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %719 = stablehlo.divide %717, %718 : tensor<1x128x1xf32>
    %720 = stablehlo.broadcast_in_dim %712, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %721 = stablehlo.subtract %708, %720 : tensor<1x128x768xf32>
    %cst_125 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %722 = stablehlo.broadcast_in_dim %cst_125, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %723 = stablehlo.add %719, %722 : tensor<1x128x1xf32>
    %724 = stablehlo.rsqrt %723 : tensor<1x128x1xf32>
    %725 = stablehlo.broadcast_in_dim %724, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %726 = stablehlo.multiply %721, %725 : tensor<1x128x768xf32>
    %727 = stablehlo.broadcast_in_dim %arg111, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %728 = stablehlo.broadcast_in_dim %727, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %729 = stablehlo.multiply %726, %728 : tensor<1x128x768xf32>
    %730 = stablehlo.broadcast_in_dim %arg110, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %731 = stablehlo.broadcast_in_dim %730, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %732 = stablehlo.add %729, %731 : tensor<1x128x768xf32>
    %733 = stablehlo.dot_general %732, %arg114, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %734 = stablehlo.broadcast_in_dim %arg104, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %735 = stablehlo.broadcast_in_dim %734, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %736 = stablehlo.add %733, %735 : tensor<1x128x3072xf32>
    %cst_126 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %737 = stablehlo.broadcast_in_dim %cst_126, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %738 = stablehlo.multiply %737, %736 : tensor<1x128x3072xf32>
    %cst_127 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %739 = stablehlo.broadcast_in_dim %cst_127, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %740 = stablehlo.divide %736, %739 : tensor<1x128x3072xf32>
    %741 = chlo.erf %740 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_128 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %742 = stablehlo.broadcast_in_dim %cst_128, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %743 = stablehlo.add %742, %741 : tensor<1x128x3072xf32>
    %744 = stablehlo.multiply %738, %743 : tensor<1x128x3072xf32>
    %745 = stablehlo.dot_general %744, %arg115, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %746 = stablehlo.broadcast_in_dim %arg105, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %747 = stablehlo.broadcast_in_dim %746, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %748 = stablehlo.add %745, %747 : tensor<1x128x768xf32>
    %749 = stablehlo.add %732, %748 : tensor<1x128x768xf32>
    %cst_129 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %750 = stablehlo.reduce(%749 init: %cst_129) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %751 = stablehlo.broadcast_in_dim %750, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_130 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %752 = stablehlo.broadcast_in_dim %cst_130, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %753 = stablehlo.divide %751, %752 : tensor<1x128x1xf32>
    %754 = stablehlo.broadcast_in_dim %753, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %755 = stablehlo.subtract %749, %754 : tensor<1x128x768xf32>
    %756 = chlo.square %755 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_131 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %757 = stablehlo.reduce(%756 init: %cst_131) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %758 = stablehlo.broadcast_in_dim %757, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_132 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %759 = stablehlo.broadcast_in_dim %cst_132, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %760 = stablehlo.divide %758, %759 : tensor<1x128x1xf32>
    %761 = stablehlo.broadcast_in_dim %753, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %762 = stablehlo.subtract %749, %761 : tensor<1x128x768xf32>
    %cst_133 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %763 = stablehlo.broadcast_in_dim %cst_133, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %764 = stablehlo.add %760, %763 : tensor<1x128x1xf32>
    %765 = stablehlo.rsqrt %764 : tensor<1x128x1xf32>
    %766 = stablehlo.broadcast_in_dim %765, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %767 = stablehlo.multiply %762, %766 : tensor<1x128x768xf32>
    %768 = stablehlo.broadcast_in_dim %arg113, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %769 = stablehlo.broadcast_in_dim %768, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %770 = stablehlo.multiply %767, %769 : tensor<1x128x768xf32>
    %771 = stablehlo.broadcast_in_dim %arg112, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %772 = stablehlo.broadcast_in_dim %771, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %773 = stablehlo.add %770, %772 : tensor<1x128x768xf32>
    %774 = stablehlo.dot_general %773, %arg134, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %775 = stablehlo.broadcast_in_dim %arg124, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %776 = stablehlo.broadcast_in_dim %775, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %777 = stablehlo.add %774, %776 : tensor<1x128x768xf32>
    %778 = stablehlo.reshape %777 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %779 = stablehlo.dot_general %773, %arg132, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %780 = stablehlo.broadcast_in_dim %arg122, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %781 = stablehlo.broadcast_in_dim %780, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %782 = stablehlo.add %779, %781 : tensor<1x128x768xf32>
    %783 = stablehlo.reshape %782 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %784 = stablehlo.dot_general %773, %arg135, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %785 = stablehlo.broadcast_in_dim %arg125, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %786 = stablehlo.broadcast_in_dim %785, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %787 = stablehlo.add %784, %786 : tensor<1x128x768xf32>
    %788 = stablehlo.reshape %787 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %789 = stablehlo.dot_general %778, %783, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_134 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %790 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %791 = stablehlo.divide %789, %790 : tensor<1x12x128x128xf32>
    %792 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_135 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %793 = call @_where(%792, %791, %cst_135) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_136 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %794 = stablehlo.reduce(%793 init: %cst_136) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_137 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %795 = stablehlo.broadcast_in_dim %cst_137, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %796 = stablehlo.maximum %795, %794 : tensor<1x12x128xf32>
    %797 = stablehlo.broadcast_in_dim %796, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %798 = stablehlo.broadcast_in_dim %797, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %799 = stablehlo.subtract %793, %798 : tensor<1x12x128x128xf32>
    %800 = stablehlo.exponential %799 : tensor<1x12x128x128xf32>
    %cst_138 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %801 = stablehlo.reduce(%800 init: %cst_138) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %802 = stablehlo.broadcast_in_dim %801, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %803 = stablehlo.broadcast_in_dim %802, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %804 = stablehlo.divide %800, %803 : tensor<1x12x128x128xf32>
    %805 = stablehlo.dot_general %788, %804, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %806 = stablehlo.transpose %805, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %807 = stablehlo.reshape %806 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %808 = stablehlo.dot_general %807, %arg133, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %809 = stablehlo.broadcast_in_dim %arg123, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %810 = stablehlo.broadcast_in_dim %809, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %811 = stablehlo.add %808, %810 : tensor<1x128x768xf32>
    %812 = stablehlo.add %773, %811 : tensor<1x128x768xf32>
    %cst_139 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %813 = stablehlo.reduce(%812 init: %cst_139) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %814 = stablehlo.broadcast_in_dim %813, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_140 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %815 = stablehlo.broadcast_in_dim %cst_140, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %816 = stablehlo.divide %814, %815 : tensor<1x128x1xf32>
    %817 = stablehlo.broadcast_in_dim %816, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %818 = stablehlo.subtract %812, %817 : tensor<1x128x768xf32>
    %819 = chlo.square %818 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_141 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %820 = stablehlo.reduce(%819 init: %cst_141) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %821 = stablehlo.broadcast_in_dim %820, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_142 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %822 = stablehlo.broadcast_in_dim %cst_142, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %823 = stablehlo.divide %821, %822 : tensor<1x128x1xf32>
    %824 = stablehlo.broadcast_in_dim %816, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %825 = stablehlo.subtract %812, %824 : tensor<1x128x768xf32>
    %cst_143 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %826 = stablehlo.broadcast_in_dim %cst_143, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %827 = stablehlo.add %823, %826 : tensor<1x128x1xf32>
    %828 = stablehlo.rsqrt %827 : tensor<1x128x1xf32>
    %829 = stablehlo.broadcast_in_dim %828, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %830 = stablehlo.multiply %825, %829 : tensor<1x128x768xf32>
    %831 = stablehlo.broadcast_in_dim %arg127, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %832 = stablehlo.broadcast_in_dim %831, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %833 = stablehlo.multiply %830, %832 : tensor<1x128x768xf32>
    %834 = stablehlo.broadcast_in_dim %arg126, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %835 = stablehlo.broadcast_in_dim %834, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %836 = stablehlo.add %833, %835 : tensor<1x128x768xf32>
    %837 = stablehlo.dot_general %836, %arg130, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %838 = stablehlo.broadcast_in_dim %arg120, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %839 = stablehlo.broadcast_in_dim %838, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %840 = stablehlo.add %837, %839 : tensor<1x128x3072xf32>
    %cst_144 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %841 = stablehlo.broadcast_in_dim %cst_144, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %842 = stablehlo.multiply %841, %840 : tensor<1x128x3072xf32>
    %cst_145 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %843 = stablehlo.broadcast_in_dim %cst_145, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %844 = stablehlo.divide %840, %843 : tensor<1x128x3072xf32>
    %845 = chlo.erf %844 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_146 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %846 = stablehlo.broadcast_in_dim %cst_146, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %847 = stablehlo.add %846, %845 : tensor<1x128x3072xf32>
    %848 = stablehlo.multiply %842, %847 : tensor<1x128x3072xf32>
    %849 = stablehlo.dot_general %848, %arg131, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %850 = stablehlo.broadcast_in_dim %arg121, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %851 = stablehlo.broadcast_in_dim %850, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %852 = stablehlo.add %849, %851 : tensor<1x128x768xf32>
    %853 = stablehlo.add %836, %852 : tensor<1x128x768xf32>
    %cst_147 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %854 = stablehlo.reduce(%853 init: %cst_147) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %855 = stablehlo.broadcast_in_dim %854, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_148 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %856 = stablehlo.broadcast_in_dim %cst_148, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %857 = stablehlo.divide %855, %856 : tensor<1x128x1xf32>
    %858 = stablehlo.broadcast_in_dim %857, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %859 = stablehlo.subtract %853, %858 : tensor<1x128x768xf32>
    %860 = chlo.square %859 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_149 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %861 = stablehlo.reduce(%860 init: %cst_149) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %862 = stablehlo.broadcast_in_dim %861, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_150 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %863 = stablehlo.broadcast_in_dim %cst_150, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %864 = stablehlo.divide %862, %863 : tensor<1x128x1xf32>
    %865 = stablehlo.broadcast_in_dim %857, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %866 = stablehlo.subtract %853, %865 : tensor<1x128x768xf32>
    %cst_151 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %867 = stablehlo.broadcast_in_dim %cst_151, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %868 = stablehlo.add %864, %867 : tensor<1x128x1xf32>
    %869 = stablehlo.rsqrt %868 : tensor<1x128x1xf32>
    %870 = stablehlo.broadcast_in_dim %869, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %871 = stablehlo.multiply %866, %870 : tensor<1x128x768xf32>
    %872 = stablehlo.broadcast_in_dim %arg129, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %873 = stablehlo.broadcast_in_dim %872, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %874 = stablehlo.multiply %871, %873 : tensor<1x128x768xf32>
    %875 = stablehlo.broadcast_in_dim %arg128, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %876 = stablehlo.broadcast_in_dim %875, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %877 = stablehlo.add %874, %876 : tensor<1x128x768xf32>
    %878 = stablehlo.dot_general %877, %arg150, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %879 = stablehlo.broadcast_in_dim %arg140, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %880 = stablehlo.broadcast_in_dim %879, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %881 = stablehlo.add %878, %880 : tensor<1x128x768xf32>
    %882 = stablehlo.reshape %881 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %883 = stablehlo.dot_general %877, %arg148, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %884 = stablehlo.broadcast_in_dim %arg138, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %885 = stablehlo.broadcast_in_dim %884, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %886 = stablehlo.add %883, %885 : tensor<1x128x768xf32>
    %887 = stablehlo.reshape %886 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %888 = stablehlo.dot_general %877, %arg151, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %889 = stablehlo.broadcast_in_dim %arg141, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %890 = stablehlo.broadcast_in_dim %889, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %891 = stablehlo.add %888, %890 : tensor<1x128x768xf32>
    %892 = stablehlo.reshape %891 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %893 = stablehlo.dot_general %882, %887, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_152 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %894 = stablehlo.broadcast_in_dim %cst_152, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %895 = stablehlo.divide %893, %894 : tensor<1x12x128x128xf32>
    %896 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_153 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %897 = call @_where(%896, %895, %cst_153) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_154 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %898 = stablehlo.reduce(%897 init: %cst_154) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_155 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %899 = stablehlo.broadcast_in_dim %cst_155, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %900 = stablehlo.maximum %899, %898 : tensor<1x12x128xf32>
    %901 = stablehlo.broadcast_in_dim %900, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %902 = stablehlo.broadcast_in_dim %901, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %903 = stablehlo.subtract %897, %902 : tensor<1x12x128x128xf32>
    %904 = stablehlo.exponential %903 : tensor<1x12x128x128xf32>
    %cst_156 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %905 = stablehlo.reduce(%904 init: %cst_156) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %906 = stablehlo.broadcast_in_dim %905, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %907 = stablehlo.broadcast_in_dim %906, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %908 = stablehlo.divide %904, %907 : tensor<1x12x128x128xf32>
    %909 = stablehlo.dot_general %892, %908, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %910 = stablehlo.transpose %909, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %911 = stablehlo.reshape %910 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %912 = stablehlo.dot_general %911, %arg149, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %913 = stablehlo.broadcast_in_dim %arg139, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %914 = stablehlo.broadcast_in_dim %913, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %915 = stablehlo.add %912, %914 : tensor<1x128x768xf32>
    %916 = stablehlo.add %877, %915 : tensor<1x128x768xf32>
    %cst_157 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %917 = stablehlo.reduce(%916 init: %cst_157) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %918 = stablehlo.broadcast_in_dim %917, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_158 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %919 = stablehlo.broadcast_in_dim %cst_158, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %920 = stablehlo.divide %918, %919 : tensor<1x128x1xf32>
    %921 = stablehlo.broadcast_in_dim %920, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %922 = stablehlo.subtract %916, %921 : tensor<1x128x768xf32>
    %923 = chlo.square %922 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_159 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %924 = stablehlo.reduce(%923 init: %cst_159) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %925 = stablehlo.broadcast_in_dim %924, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_160 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %926 = stablehlo.broadcast_in_dim %cst_160, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %927 = stablehlo.divide %925, %926 : tensor<1x128x1xf32>
    %928 = stablehlo.broadcast_in_dim %920, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %929 = stablehlo.subtract %916, %928 : tensor<1x128x768xf32>
    %cst_161 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %930 = stablehlo.broadcast_in_dim %cst_161, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %931 = stablehlo.add %927, %930 : tensor<1x128x1xf32>
    %932 = stablehlo.rsqrt %931 : tensor<1x128x1xf32>
    %933 = stablehlo.broadcast_in_dim %932, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %934 = stablehlo.multiply %929, %933 : tensor<1x128x768xf32>
    %935 = stablehlo.broadcast_in_dim %arg143, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %936 = stablehlo.broadcast_in_dim %935, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %937 = stablehlo.multiply %934, %936 : tensor<1x128x768xf32>
    %938 = stablehlo.broadcast_in_dim %arg142, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %939 = stablehlo.broadcast_in_dim %938, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %940 = stablehlo.add %937, %939 : tensor<1x128x768xf32>
    %941 = stablehlo.dot_general %940, %arg146, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %942 = stablehlo.broadcast_in_dim %arg136, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %943 = stablehlo.broadcast_in_dim %942, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %944 = stablehlo.add %941, %943 : tensor<1x128x3072xf32>
    %cst_162 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %945 = stablehlo.broadcast_in_dim %cst_162, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %946 = stablehlo.multiply %945, %944 : tensor<1x128x3072xf32>
    %cst_163 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %947 = stablehlo.broadcast_in_dim %cst_163, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %948 = stablehlo.divide %944, %947 : tensor<1x128x3072xf32>
    %949 = chlo.erf %948 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_164 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %950 = stablehlo.broadcast_in_dim %cst_164, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %951 = stablehlo.add %950, %949 : tensor<1x128x3072xf32>
    %952 = stablehlo.multiply %946, %951 : tensor<1x128x3072xf32>
    %953 = stablehlo.dot_general %952, %arg147, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %954 = stablehlo.broadcast_in_dim %arg137, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %955 = stablehlo.broadcast_in_dim %954, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %956 = stablehlo.add %953, %955 : tensor<1x128x768xf32>
    %957 = stablehlo.add %940, %956 : tensor<1x128x768xf32>
    %cst_165 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %958 = stablehlo.reduce(%957 init: %cst_165) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %959 = stablehlo.broadcast_in_dim %958, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_166 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %960 = stablehlo.broadcast_in_dim %cst_166, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %961 = stablehlo.divide %959, %960 : tensor<1x128x1xf32>
    %962 = stablehlo.broadcast_in_dim %961, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %963 = stablehlo.subtract %957, %962 : tensor<1x128x768xf32>
    %964 = chlo.square %963 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_167 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %965 = stablehlo.reduce(%964 init: %cst_167) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %966 = stablehlo.broadcast_in_dim %965, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_168 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %967 = stablehlo.broadcast_in_dim %cst_168, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %968 = stablehlo.divide %966, %967 : tensor<1x128x1xf32>
    %969 = stablehlo.broadcast_in_dim %961, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %970 = stablehlo.subtract %957, %969 : tensor<1x128x768xf32>
    %cst_169 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %971 = stablehlo.broadcast_in_dim %cst_169, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %972 = stablehlo.add %968, %971 : tensor<1x128x1xf32>
    %973 = stablehlo.rsqrt %972 : tensor<1x128x1xf32>
    %974 = stablehlo.broadcast_in_dim %973, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %975 = stablehlo.multiply %970, %974 : tensor<1x128x768xf32>
    %976 = stablehlo.broadcast_in_dim %arg145, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %977 = stablehlo.broadcast_in_dim %976, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %978 = stablehlo.multiply %975, %977 : tensor<1x128x768xf32>
    %979 = stablehlo.broadcast_in_dim %arg144, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %980 = stablehlo.broadcast_in_dim %979, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %981 = stablehlo.add %978, %980 : tensor<1x128x768xf32>
    %982 = stablehlo.dot_general %981, %arg166, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %983 = stablehlo.broadcast_in_dim %arg156, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %984 = stablehlo.broadcast_in_dim %983, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %985 = stablehlo.add %982, %984 : tensor<1x128x768xf32>
    %986 = stablehlo.reshape %985 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %987 = stablehlo.dot_general %981, %arg164, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %988 = stablehlo.broadcast_in_dim %arg154, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %989 = stablehlo.broadcast_in_dim %988, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %990 = stablehlo.add %987, %989 : tensor<1x128x768xf32>
    %991 = stablehlo.reshape %990 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %992 = stablehlo.dot_general %981, %arg167, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %993 = stablehlo.broadcast_in_dim %arg157, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %994 = stablehlo.broadcast_in_dim %993, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %995 = stablehlo.add %992, %994 : tensor<1x128x768xf32>
    %996 = stablehlo.reshape %995 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %997 = stablehlo.dot_general %986, %991, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_170 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %998 = stablehlo.broadcast_in_dim %cst_170, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %999 = stablehlo.divide %997, %998 : tensor<1x12x128x128xf32>
    %1000 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_171 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %1001 = call @_where(%1000, %999, %cst_171) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_172 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1002 = stablehlo.reduce(%1001 init: %cst_172) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_173 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1003 = stablehlo.broadcast_in_dim %cst_173, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %1004 = stablehlo.maximum %1003, %1002 : tensor<1x12x128xf32>
    %1005 = stablehlo.broadcast_in_dim %1004, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1006 = stablehlo.broadcast_in_dim %1005, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1007 = stablehlo.subtract %1001, %1006 : tensor<1x12x128x128xf32>
    %1008 = stablehlo.exponential %1007 : tensor<1x12x128x128xf32>
    %cst_174 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1009 = stablehlo.reduce(%1008 init: %cst_174) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1010 = stablehlo.broadcast_in_dim %1009, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1011 = stablehlo.broadcast_in_dim %1010, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1012 = stablehlo.divide %1008, %1011 : tensor<1x12x128x128xf32>
    %1013 = stablehlo.dot_general %996, %1012, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %1014 = stablehlo.transpose %1013, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %1015 = stablehlo.reshape %1014 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %1016 = stablehlo.dot_general %1015, %arg165, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1017 = stablehlo.broadcast_in_dim %arg155, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1018 = stablehlo.broadcast_in_dim %1017, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1019 = stablehlo.add %1016, %1018 : tensor<1x128x768xf32>
    %1020 = stablehlo.add %981, %1019 : tensor<1x128x768xf32>
    %cst_175 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1021 = stablehlo.reduce(%1020 init: %cst_175) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1022 = stablehlo.broadcast_in_dim %1021, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_176 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1023 = stablehlo.broadcast_in_dim %cst_176, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1024 = stablehlo.divide %1022, %1023 : tensor<1x128x1xf32>
    %1025 = stablehlo.broadcast_in_dim %1024, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1026 = stablehlo.subtract %1020, %1025 : tensor<1x128x768xf32>
    %1027 = chlo.square %1026 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_177 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1028 = stablehlo.reduce(%1027 init: %cst_177) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1029 = stablehlo.broadcast_in_dim %1028, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_178 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1030 = stablehlo.broadcast_in_dim %cst_178, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1031 = stablehlo.divide %1029, %1030 : tensor<1x128x1xf32>
    %1032 = stablehlo.broadcast_in_dim %1024, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1033 = stablehlo.subtract %1020, %1032 : tensor<1x128x768xf32>
    %cst_179 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %1034 = stablehlo.broadcast_in_dim %cst_179, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1035 = stablehlo.add %1031, %1034 : tensor<1x128x1xf32>
    %1036 = stablehlo.rsqrt %1035 : tensor<1x128x1xf32>
    %1037 = stablehlo.broadcast_in_dim %1036, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1038 = stablehlo.multiply %1033, %1037 : tensor<1x128x768xf32>
    %1039 = stablehlo.broadcast_in_dim %arg159, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1040 = stablehlo.broadcast_in_dim %1039, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1041 = stablehlo.multiply %1038, %1040 : tensor<1x128x768xf32>
    %1042 = stablehlo.broadcast_in_dim %arg158, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1043 = stablehlo.broadcast_in_dim %1042, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1044 = stablehlo.add %1041, %1043 : tensor<1x128x768xf32>
    %1045 = stablehlo.dot_general %1044, %arg162, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %1046 = stablehlo.broadcast_in_dim %arg152, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %1047 = stablehlo.broadcast_in_dim %1046, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %1048 = stablehlo.add %1045, %1047 : tensor<1x128x3072xf32>
    %cst_180 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %1049 = stablehlo.broadcast_in_dim %cst_180, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1050 = stablehlo.multiply %1049, %1048 : tensor<1x128x3072xf32>
    %cst_181 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %1051 = stablehlo.broadcast_in_dim %cst_181, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1052 = stablehlo.divide %1048, %1051 : tensor<1x128x3072xf32>
    %1053 = chlo.erf %1052 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_182 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1054 = stablehlo.broadcast_in_dim %cst_182, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1055 = stablehlo.add %1054, %1053 : tensor<1x128x3072xf32>
    %1056 = stablehlo.multiply %1050, %1055 : tensor<1x128x3072xf32>
    %1057 = stablehlo.dot_general %1056, %arg163, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %1058 = stablehlo.broadcast_in_dim %arg153, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1059 = stablehlo.broadcast_in_dim %1058, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1060 = stablehlo.add %1057, %1059 : tensor<1x128x768xf32>
    %1061 = stablehlo.add %1044, %1060 : tensor<1x128x768xf32>
    %cst_183 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1062 = stablehlo.reduce(%1061 init: %cst_183) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1063 = stablehlo.broadcast_in_dim %1062, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_184 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1064 = stablehlo.broadcast_in_dim %cst_184, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1065 = stablehlo.divide %1063, %1064 : tensor<1x128x1xf32>
    %1066 = stablehlo.broadcast_in_dim %1065, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1067 = stablehlo.subtract %1061, %1066 : tensor<1x128x768xf32>
    %1068 = chlo.square %1067 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_185 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1069 = stablehlo.reduce(%1068 init: %cst_185) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1070 = stablehlo.broadcast_in_dim %1069, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_186 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1071 = stablehlo.broadcast_in_dim %cst_186, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1072 = stablehlo.divide %1070, %1071 : tensor<1x128x1xf32>
    %1073 = stablehlo.broadcast_in_dim %1065, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1074 = stablehlo.subtract %1061, %1073 : tensor<1x128x768xf32>
    %cst_187 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %1075 = stablehlo.broadcast_in_dim %cst_187, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1076 = stablehlo.add %1072, %1075 : tensor<1x128x1xf32>
    %1077 = stablehlo.rsqrt %1076 : tensor<1x128x1xf32>
    %1078 = stablehlo.broadcast_in_dim %1077, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1079 = stablehlo.multiply %1074, %1078 : tensor<1x128x768xf32>
    %1080 = stablehlo.broadcast_in_dim %arg161, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1081 = stablehlo.broadcast_in_dim %1080, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1082 = stablehlo.multiply %1079, %1081 : tensor<1x128x768xf32>
    %1083 = stablehlo.broadcast_in_dim %arg160, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1084 = stablehlo.broadcast_in_dim %1083, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1085 = stablehlo.add %1082, %1084 : tensor<1x128x768xf32>
    %1086 = stablehlo.dot_general %1085, %arg182, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1087 = stablehlo.broadcast_in_dim %arg172, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1088 = stablehlo.broadcast_in_dim %1087, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1089 = stablehlo.add %1086, %1088 : tensor<1x128x768xf32>
    %1090 = stablehlo.reshape %1089 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1091 = stablehlo.dot_general %1085, %arg180, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1092 = stablehlo.broadcast_in_dim %arg170, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1093 = stablehlo.broadcast_in_dim %1092, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1094 = stablehlo.add %1091, %1093 : tensor<1x128x768xf32>
    %1095 = stablehlo.reshape %1094 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1096 = stablehlo.dot_general %1085, %arg183, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1097 = stablehlo.broadcast_in_dim %arg173, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1098 = stablehlo.broadcast_in_dim %1097, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1099 = stablehlo.add %1096, %1098 : tensor<1x128x768xf32>
    %1100 = stablehlo.reshape %1099 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1101 = stablehlo.dot_general %1090, %1095, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_188 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %1102 = stablehlo.broadcast_in_dim %cst_188, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %1103 = stablehlo.divide %1101, %1102 : tensor<1x12x128x128xf32>
    %1104 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_189 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %1105 = call @_where(%1104, %1103, %cst_189) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_190 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1106 = stablehlo.reduce(%1105 init: %cst_190) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_191 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1107 = stablehlo.broadcast_in_dim %cst_191, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %1108 = stablehlo.maximum %1107, %1106 : tensor<1x12x128xf32>
    %1109 = stablehlo.broadcast_in_dim %1108, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1110 = stablehlo.broadcast_in_dim %1109, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1111 = stablehlo.subtract %1105, %1110 : tensor<1x12x128x128xf32>
    %1112 = stablehlo.exponential %1111 : tensor<1x12x128x128xf32>
    %cst_192 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1113 = stablehlo.reduce(%1112 init: %cst_192) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1114 = stablehlo.broadcast_in_dim %1113, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1115 = stablehlo.broadcast_in_dim %1114, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1116 = stablehlo.divide %1112, %1115 : tensor<1x12x128x128xf32>
    %1117 = stablehlo.dot_general %1100, %1116, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %1118 = stablehlo.transpose %1117, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %1119 = stablehlo.reshape %1118 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %1120 = stablehlo.dot_general %1119, %arg181, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1121 = stablehlo.broadcast_in_dim %arg171, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1122 = stablehlo.broadcast_in_dim %1121, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1123 = stablehlo.add %1120, %1122 : tensor<1x128x768xf32>
    %1124 = stablehlo.add %1085, %1123 : tensor<1x128x768xf32>
    %cst_193 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1125 = stablehlo.reduce(%1124 init: %cst_193) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1126 = stablehlo.broadcast_in_dim %1125, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_194 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1127 = stablehlo.broadcast_in_dim %cst_194, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1128 = stablehlo.divide %1126, %1127 : tensor<1x128x1xf32>
    %1129 = stablehlo.broadcast_in_dim %1128, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1130 = stablehlo.subtract %1124, %1129 : tensor<1x128x768xf32>
    %1131 = chlo.square %1130 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_195 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1132 = stablehlo.reduce(%1131 init: %cst_195) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1133 = stablehlo.broadcast_in_dim %1132, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_196 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1134 = stablehlo.broadcast_in_dim %cst_196, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1135 = stablehlo.divide %1133, %1134 : tensor<1x128x1xf32>
    %1136 = stablehlo.broadcast_in_dim %1128, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1137 = stablehlo.subtract %1124, %1136 : tensor<1x128x768xf32>
    %cst_197 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %1138 = stablehlo.broadcast_in_dim %cst_197, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1139 = stablehlo.add %1135, %1138 : tensor<1x128x1xf32>
    %1140 = stablehlo.rsqrt %1139 : tensor<1x128x1xf32>
    %1141 = stablehlo.broadcast_in_dim %1140, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1142 = stablehlo.multiply %1137, %1141 : tensor<1x128x768xf32>
    %1143 = stablehlo.broadcast_in_dim %arg175, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1144 = stablehlo.broadcast_in_dim %1143, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1145 = stablehlo.multiply %1142, %1144 : tensor<1x128x768xf32>
    %1146 = stablehlo.broadcast_in_dim %arg174, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1147 = stablehlo.broadcast_in_dim %1146, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1148 = stablehlo.add %1145, %1147 : tensor<1x128x768xf32>
    %1149 = stablehlo.dot_general %1148, %arg178, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %1150 = stablehlo.broadcast_in_dim %arg168, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %1151 = stablehlo.broadcast_in_dim %1150, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %1152 = stablehlo.add %1149, %1151 : tensor<1x128x3072xf32>
    %cst_198 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %1153 = stablehlo.broadcast_in_dim %cst_198, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1154 = stablehlo.multiply %1153, %1152 : tensor<1x128x3072xf32>
    %cst_199 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %1155 = stablehlo.broadcast_in_dim %cst_199, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1156 = stablehlo.divide %1152, %1155 : tensor<1x128x3072xf32>
    %1157 = chlo.erf %1156 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_200 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1158 = stablehlo.broadcast_in_dim %cst_200, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1159 = stablehlo.add %1158, %1157 : tensor<1x128x3072xf32>
    %1160 = stablehlo.multiply %1154, %1159 : tensor<1x128x3072xf32>
    %1161 = stablehlo.dot_general %1160, %arg179, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %1162 = stablehlo.broadcast_in_dim %arg169, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1163 = stablehlo.broadcast_in_dim %1162, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1164 = stablehlo.add %1161, %1163 : tensor<1x128x768xf32>
    %1165 = stablehlo.add %1148, %1164 : tensor<1x128x768xf32>
    %cst_201 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1166 = stablehlo.reduce(%1165 init: %cst_201) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1167 = stablehlo.broadcast_in_dim %1166, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_202 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1168 = stablehlo.broadcast_in_dim %cst_202, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1169 = stablehlo.divide %1167, %1168 : tensor<1x128x1xf32>
    %1170 = stablehlo.broadcast_in_dim %1169, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1171 = stablehlo.subtract %1165, %1170 : tensor<1x128x768xf32>
    %1172 = chlo.square %1171 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_203 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1173 = stablehlo.reduce(%1172 init: %cst_203) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1174 = stablehlo.broadcast_in_dim %1173, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_204 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1175 = stablehlo.broadcast_in_dim %cst_204, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1176 = stablehlo.divide %1174, %1175 : tensor<1x128x1xf32>
    %1177 = stablehlo.broadcast_in_dim %1169, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1178 = stablehlo.subtract %1165, %1177 : tensor<1x128x768xf32>
    %cst_205 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %1179 = stablehlo.broadcast_in_dim %cst_205, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1180 = stablehlo.add %1176, %1179 : tensor<1x128x1xf32>
    %1181 = stablehlo.rsqrt %1180 : tensor<1x128x1xf32>
    %1182 = stablehlo.broadcast_in_dim %1181, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1183 = stablehlo.multiply %1178, %1182 : tensor<1x128x768xf32>
    %1184 = stablehlo.broadcast_in_dim %arg177, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1185 = stablehlo.broadcast_in_dim %1184, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1186 = stablehlo.multiply %1183, %1185 : tensor<1x128x768xf32>
    %1187 = stablehlo.broadcast_in_dim %arg176, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1188 = stablehlo.broadcast_in_dim %1187, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1189 = stablehlo.add %1186, %1188 : tensor<1x128x768xf32>
    %1190 = stablehlo.dot_general %1189, %arg198, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1191 = stablehlo.broadcast_in_dim %arg188, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1192 = stablehlo.broadcast_in_dim %1191, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1193 = stablehlo.add %1190, %1192 : tensor<1x128x768xf32>
    %1194 = stablehlo.reshape %1193 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1195 = stablehlo.dot_general %1189, %arg196, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1196 = stablehlo.broadcast_in_dim %arg186, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1197 = stablehlo.broadcast_in_dim %1196, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1198 = stablehlo.add %1195, %1197 : tensor<1x128x768xf32>
    %1199 = stablehlo.reshape %1198 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1200 = stablehlo.dot_general %1189, %arg199, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1201 = stablehlo.broadcast_in_dim %arg189, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1202 = stablehlo.broadcast_in_dim %1201, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1203 = stablehlo.add %1200, %1202 : tensor<1x128x768xf32>
    %1204 = stablehlo.reshape %1203 : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1205 = stablehlo.dot_general %1194, %1199, batching_dims = [0, 2] x [0, 2], contracting_dims = [3] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %cst_206 = stablehlo.constant dense<8.000000e+00> : tensor<f32>
    %1206 = stablehlo.broadcast_in_dim %cst_206, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %1207 = stablehlo.divide %1205, %1206 : tensor<1x12x128x128xf32>
    %1208 = stablehlo.broadcast_in_dim %45, dims = [0, 2, 3] : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %cst_207 = stablehlo.constant dense<-1.000000e+09> : tensor<f32>
    %1209 = call @_where(%1208, %1207, %cst_207) : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %cst_208 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1210 = stablehlo.reduce(%1209 init: %cst_208) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %cst_209 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %1211 = stablehlo.broadcast_in_dim %cst_209, dims = [] : (tensor<f32>) -> tensor<1x12x128xf32>
    %1212 = stablehlo.maximum %1211, %1210 : tensor<1x12x128xf32>
    %1213 = stablehlo.broadcast_in_dim %1212, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1214 = stablehlo.broadcast_in_dim %1213, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1215 = stablehlo.subtract %1209, %1214 : tensor<1x12x128x128xf32>
    %1216 = stablehlo.exponential %1215 : tensor<1x12x128x128xf32>
    %cst_210 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1217 = stablehlo.reduce(%1216 init: %cst_210) applies stablehlo.add across dimensions = [3] : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1218 = stablehlo.broadcast_in_dim %1217, dims = [0, 1, 2] : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1219 = stablehlo.broadcast_in_dim %1218, dims = [0, 1, 2, 3] : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1220 = stablehlo.divide %1216, %1219 : tensor<1x12x128x128xf32>
    %1221 = stablehlo.dot_general %1204, %1220, batching_dims = [0, 2] x [0, 1], contracting_dims = [1] x [3], precision = [DEFAULT, DEFAULT] : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %1222 = stablehlo.transpose %1221, dims = [0, 3, 1, 2] : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %1223 = stablehlo.reshape %1222 : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %1224 = stablehlo.dot_general %1223, %arg197, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1225 = stablehlo.broadcast_in_dim %arg187, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1226 = stablehlo.broadcast_in_dim %1225, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1227 = stablehlo.add %1224, %1226 : tensor<1x128x768xf32>
    %1228 = stablehlo.add %1189, %1227 : tensor<1x128x768xf32>
    %cst_211 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1229 = stablehlo.reduce(%1228 init: %cst_211) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1230 = stablehlo.broadcast_in_dim %1229, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_212 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1231 = stablehlo.broadcast_in_dim %cst_212, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1232 = stablehlo.divide %1230, %1231 : tensor<1x128x1xf32>
    %1233 = stablehlo.broadcast_in_dim %1232, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1234 = stablehlo.subtract %1228, %1233 : tensor<1x128x768xf32>
    %1235 = chlo.square %1234 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_213 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1236 = stablehlo.reduce(%1235 init: %cst_213) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1237 = stablehlo.broadcast_in_dim %1236, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_214 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1238 = stablehlo.broadcast_in_dim %cst_214, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1239 = stablehlo.divide %1237, %1238 : tensor<1x128x1xf32>
    %1240 = stablehlo.broadcast_in_dim %1232, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1241 = stablehlo.subtract %1228, %1240 : tensor<1x128x768xf32>
    %cst_215 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %1242 = stablehlo.broadcast_in_dim %cst_215, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1243 = stablehlo.add %1239, %1242 : tensor<1x128x1xf32>
    %1244 = stablehlo.rsqrt %1243 : tensor<1x128x1xf32>
    %1245 = stablehlo.broadcast_in_dim %1244, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1246 = stablehlo.multiply %1241, %1245 : tensor<1x128x768xf32>
    %1247 = stablehlo.broadcast_in_dim %arg191, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1248 = stablehlo.broadcast_in_dim %1247, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1249 = stablehlo.multiply %1246, %1248 : tensor<1x128x768xf32>
    %1250 = stablehlo.broadcast_in_dim %arg190, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1251 = stablehlo.broadcast_in_dim %1250, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1252 = stablehlo.add %1249, %1251 : tensor<1x128x768xf32>
    %1253 = stablehlo.dot_general %1252, %arg194, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %1254 = stablehlo.broadcast_in_dim %arg184, dims = [2] : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %1255 = stablehlo.broadcast_in_dim %1254, dims = [0, 1, 2] : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %1256 = stablehlo.add %1253, %1255 : tensor<1x128x3072xf32>
    %cst_216 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %1257 = stablehlo.broadcast_in_dim %cst_216, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1258 = stablehlo.multiply %1257, %1256 : tensor<1x128x3072xf32>
    %cst_217 = stablehlo.constant dense<1.41421354> : tensor<f32>
    %1259 = stablehlo.broadcast_in_dim %cst_217, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1260 = stablehlo.divide %1256, %1259 : tensor<1x128x3072xf32>
    %1261 = chlo.erf %1260 : tensor<1x128x3072xf32> -> tensor<1x128x3072xf32>
    %cst_218 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %1262 = stablehlo.broadcast_in_dim %cst_218, dims = [] : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1263 = stablehlo.add %1262, %1261 : tensor<1x128x3072xf32>
    %1264 = stablehlo.multiply %1258, %1263 : tensor<1x128x3072xf32>
    %1265 = stablehlo.dot_general %1264, %arg195, contracting_dims = [2] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %1266 = stablehlo.broadcast_in_dim %arg185, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1267 = stablehlo.broadcast_in_dim %1266, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1268 = stablehlo.add %1265, %1267 : tensor<1x128x768xf32>
    %1269 = stablehlo.add %1252, %1268 : tensor<1x128x768xf32>
    %cst_219 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1270 = stablehlo.reduce(%1269 init: %cst_219) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1271 = stablehlo.broadcast_in_dim %1270, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_220 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1272 = stablehlo.broadcast_in_dim %cst_220, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1273 = stablehlo.divide %1271, %1272 : tensor<1x128x1xf32>
    %1274 = stablehlo.broadcast_in_dim %1273, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1275 = stablehlo.subtract %1269, %1274 : tensor<1x128x768xf32>
    %1276 = chlo.square %1275 : tensor<1x128x768xf32> -> tensor<1x128x768xf32>
    %cst_221 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %1277 = stablehlo.reduce(%1276 init: %cst_221) applies stablehlo.add across dimensions = [2] : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1278 = stablehlo.broadcast_in_dim %1277, dims = [0, 1] : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %cst_222 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %1279 = stablehlo.broadcast_in_dim %cst_222, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1280 = stablehlo.divide %1278, %1279 : tensor<1x128x1xf32>
    %1281 = stablehlo.broadcast_in_dim %1273, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1282 = stablehlo.subtract %1269, %1281 : tensor<1x128x768xf32>
    %cst_223 = stablehlo.constant dense<9.99999996E-13> : tensor<f32>
    %1283 = stablehlo.broadcast_in_dim %cst_223, dims = [] : (tensor<f32>) -> tensor<1x128x1xf32>
    %1284 = stablehlo.add %1280, %1283 : tensor<1x128x1xf32>
    %1285 = stablehlo.rsqrt %1284 : tensor<1x128x1xf32>
    %1286 = stablehlo.broadcast_in_dim %1285, dims = [0, 1, 2] : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1287 = stablehlo.multiply %1282, %1286 : tensor<1x128x768xf32>
    %1288 = stablehlo.broadcast_in_dim %arg193, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1289 = stablehlo.broadcast_in_dim %1288, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1290 = stablehlo.multiply %1287, %1289 : tensor<1x128x768xf32>
    %1291 = stablehlo.broadcast_in_dim %arg192, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1292 = stablehlo.broadcast_in_dim %1291, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1293 = stablehlo.add %1290, %1292 : tensor<1x128x768xf32>
    %1294 = stablehlo.slice %1293 [0:1, 0:1, 0:768] : (tensor<1x128x768xf32>) -> tensor<1x1x768xf32>
    %1295 = stablehlo.reshape %1294 : (tensor<1x1x768xf32>) -> tensor<1x768xf32>
    %1296 = stablehlo.dot_general %1295, %arg201, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<1x768xf32>, tensor<768x768xf32>) -> tensor<1x768xf32>
    %1297 = stablehlo.broadcast_in_dim %arg200, dims = [1] : (tensor<768xf32>) -> tensor<1x768xf32>
    %1298 = stablehlo.add %1296, %1297 : tensor<1x768xf32>
    %1299 = stablehlo.tanh %1298 : tensor<1x768xf32>
    return %1293, %1299 : tensor<1x128x768xf32>, tensor<1x768xf32>
  }
  func.func private @_where(%arg0: tensor<1x1x128x128xi1>, %arg1: tensor<1x12x128x128xf32>, %arg2: tensor<f32>) -> tensor<1x12x128x128xf32> {
    %0 = stablehlo.broadcast_in_dim %arg0, dims = [0, 1, 2, 3] : (tensor<1x1x128x128xi1>) -> tensor<1x12x128x128xi1>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %2 = stablehlo.select %0, %arg1, %1 : tensor<1x12x128x128xi1>, tensor<1x12x128x128xf32>
    return %2 : tensor<1x12x128x128xf32>
  }
}
