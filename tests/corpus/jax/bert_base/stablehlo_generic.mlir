"builtin.module"() <{sym_name = "jit_bert_base"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}], function_type = (tensor<1x128xi32>, tensor<1x128xi32>, tensor<1x128xi32>, tensor<768xf32>, tensor<768xf32>, tensor<512x768xf32>, tensor<2x768xf32>, tensor<30522x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768x3072xf32>, tensor<3072x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768x768xf32>) -> (tensor<1x128x768xf32>, tensor<1x768xf32>), res_attrs = [{jax.result_info = "result[0]"}, {jax.result_info = "result[1]"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg3: tensor<1x128xi32>, %arg4: tensor<1x128xi32>, %arg5: tensor<1x128xi32>, %arg6: tensor<768xf32>, %arg7: tensor<768xf32>, %arg8: tensor<512x768xf32>, %arg9: tensor<2x768xf32>, %arg10: tensor<30522x768xf32>, %arg11: tensor<3072xf32>, %arg12: tensor<768xf32>, %arg13: tensor<768xf32>, %arg14: tensor<768xf32>, %arg15: tensor<768xf32>, %arg16: tensor<768xf32>, %arg17: tensor<768xf32>, %arg18: tensor<768xf32>, %arg19: tensor<768xf32>, %arg20: tensor<768xf32>, %arg21: tensor<768x3072xf32>, %arg22: tensor<3072x768xf32>, %arg23: tensor<768x768xf32>, %arg24: tensor<768x768xf32>, %arg25: tensor<768x768xf32>, %arg26: tensor<768x768xf32>, %arg27: tensor<3072xf32>, %arg28: tensor<768xf32>, %arg29: tensor<768xf32>, %arg30: tensor<768xf32>, %arg31: tensor<768xf32>, %arg32: tensor<768xf32>, %arg33: tensor<768xf32>, %arg34: tensor<768xf32>, %arg35: tensor<768xf32>, %arg36: tensor<768xf32>, %arg37: tensor<768x3072xf32>, %arg38: tensor<3072x768xf32>, %arg39: tensor<768x768xf32>, %arg40: tensor<768x768xf32>, %arg41: tensor<768x768xf32>, %arg42: tensor<768x768xf32>, %arg43: tensor<3072xf32>, %arg44: tensor<768xf32>, %arg45: tensor<768xf32>, %arg46: tensor<768xf32>, %arg47: tensor<768xf32>, %arg48: tensor<768xf32>, %arg49: tensor<768xf32>, %arg50: tensor<768xf32>, %arg51: tensor<768xf32>, %arg52: tensor<768xf32>, %arg53: tensor<768x3072xf32>, %arg54: tensor<3072x768xf32>, %arg55: tensor<768x768xf32>, %arg56: tensor<768x768xf32>, %arg57: tensor<768x768xf32>, %arg58: tensor<768x768xf32>, %arg59: tensor<3072xf32>, %arg60: tensor<768xf32>, %arg61: tensor<768xf32>, %arg62: tensor<768xf32>, %arg63: tensor<768xf32>, %arg64: tensor<768xf32>, %arg65: tensor<768xf32>, %arg66: tensor<768xf32>, %arg67: tensor<768xf32>, %arg68: tensor<768xf32>, %arg69: tensor<768x3072xf32>, %arg70: tensor<3072x768xf32>, %arg71: tensor<768x768xf32>, %arg72: tensor<768x768xf32>, %arg73: tensor<768x768xf32>, %arg74: tensor<768x768xf32>, %arg75: tensor<3072xf32>, %arg76: tensor<768xf32>, %arg77: tensor<768xf32>, %arg78: tensor<768xf32>, %arg79: tensor<768xf32>, %arg80: tensor<768xf32>, %arg81: tensor<768xf32>, %arg82: tensor<768xf32>, %arg83: tensor<768xf32>, %arg84: tensor<768xf32>, %arg85: tensor<768x3072xf32>, %arg86: tensor<3072x768xf32>, %arg87: tensor<768x768xf32>, %arg88: tensor<768x768xf32>, %arg89: tensor<768x768xf32>, %arg90: tensor<768x768xf32>, %arg91: tensor<3072xf32>, %arg92: tensor<768xf32>, %arg93: tensor<768xf32>, %arg94: tensor<768xf32>, %arg95: tensor<768xf32>, %arg96: tensor<768xf32>, %arg97: tensor<768xf32>, %arg98: tensor<768xf32>, %arg99: tensor<768xf32>, %arg100: tensor<768xf32>, %arg101: tensor<768x3072xf32>, %arg102: tensor<3072x768xf32>, %arg103: tensor<768x768xf32>, %arg104: tensor<768x768xf32>, %arg105: tensor<768x768xf32>, %arg106: tensor<768x768xf32>, %arg107: tensor<3072xf32>, %arg108: tensor<768xf32>, %arg109: tensor<768xf32>, %arg110: tensor<768xf32>, %arg111: tensor<768xf32>, %arg112: tensor<768xf32>, %arg113: tensor<768xf32>, %arg114: tensor<768xf32>, %arg115: tensor<768xf32>, %arg116: tensor<768xf32>, %arg117: tensor<768x3072xf32>, %arg118: tensor<3072x768xf32>, %arg119: tensor<768x768xf32>, %arg120: tensor<768x768xf32>, %arg121: tensor<768x768xf32>, %arg122: tensor<768x768xf32>, %arg123: tensor<3072xf32>, %arg124: tensor<768xf32>, %arg125: tensor<768xf32>, %arg126: tensor<768xf32>, %arg127: tensor<768xf32>, %arg128: tensor<768xf32>, %arg129: tensor<768xf32>, %arg130: tensor<768xf32>, %arg131: tensor<768xf32>, %arg132: tensor<768xf32>, %arg133: tensor<768x3072xf32>, %arg134: tensor<3072x768xf32>, %arg135: tensor<768x768xf32>, %arg136: tensor<768x768xf32>, %arg137: tensor<768x768xf32>, %arg138: tensor<768x768xf32>, %arg139: tensor<3072xf32>, %arg140: tensor<768xf32>, %arg141: tensor<768xf32>, %arg142: tensor<768xf32>, %arg143: tensor<768xf32>, %arg144: tensor<768xf32>, %arg145: tensor<768xf32>, %arg146: tensor<768xf32>, %arg147: tensor<768xf32>, %arg148: tensor<768xf32>, %arg149: tensor<768x3072xf32>, %arg150: tensor<3072x768xf32>, %arg151: tensor<768x768xf32>, %arg152: tensor<768x768xf32>, %arg153: tensor<768x768xf32>, %arg154: tensor<768x768xf32>, %arg155: tensor<3072xf32>, %arg156: tensor<768xf32>, %arg157: tensor<768xf32>, %arg158: tensor<768xf32>, %arg159: tensor<768xf32>, %arg160: tensor<768xf32>, %arg161: tensor<768xf32>, %arg162: tensor<768xf32>, %arg163: tensor<768xf32>, %arg164: tensor<768xf32>, %arg165: tensor<768x3072xf32>, %arg166: tensor<3072x768xf32>, %arg167: tensor<768x768xf32>, %arg168: tensor<768x768xf32>, %arg169: tensor<768x768xf32>, %arg170: tensor<768x768xf32>, %arg171: tensor<3072xf32>, %arg172: tensor<768xf32>, %arg173: tensor<768xf32>, %arg174: tensor<768xf32>, %arg175: tensor<768xf32>, %arg176: tensor<768xf32>, %arg177: tensor<768xf32>, %arg178: tensor<768xf32>, %arg179: tensor<768xf32>, %arg180: tensor<768xf32>, %arg181: tensor<768x3072xf32>, %arg182: tensor<3072x768xf32>, %arg183: tensor<768x768xf32>, %arg184: tensor<768x768xf32>, %arg185: tensor<768x768xf32>, %arg186: tensor<768x768xf32>, %arg187: tensor<3072xf32>, %arg188: tensor<768xf32>, %arg189: tensor<768xf32>, %arg190: tensor<768xf32>, %arg191: tensor<768xf32>, %arg192: tensor<768xf32>, %arg193: tensor<768xf32>, %arg194: tensor<768xf32>, %arg195: tensor<768xf32>, %arg196: tensor<768xf32>, %arg197: tensor<768x3072xf32>, %arg198: tensor<3072x768xf32>, %arg199: tensor<768x768xf32>, %arg200: tensor<768x768xf32>, %arg201: tensor<768x768xf32>, %arg202: tensor<768x768xf32>, %arg203: tensor<768xf32>, %arg204: tensor<768x768xf32>):
    %3 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x128xi32>
    %5 = "stablehlo.compare"(%arg3, %4) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x128xi32>, tensor<1x128xi32>) -> tensor<1x128xi1>
    %6 = "stablehlo.constant"() <{value = dense<30522> : tensor<i32>}> : () -> tensor<i32>
    %7 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x128xi32>
    %8 = "stablehlo.add"(%arg3, %7) : (tensor<1x128xi32>, tensor<1x128xi32>) -> tensor<1x128xi32>
    %9 = "stablehlo.select"(%5, %8, %arg3) : (tensor<1x128xi1>, tensor<1x128xi32>, tensor<1x128xi32>) -> tensor<1x128xi32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xi32>) -> tensor<1x128x1xi32>
    %11 = "stablehlo.gather"(%arg10, %10) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 768>}> : (tensor<30522x768xf32>, tensor<1x128x1xi32>) -> tensor<1x128x768xf32>
    %12 = "stablehlo.slice"(%arg8) <{limit_indices = array<i64: 128, 768>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<512x768xf32>) -> tensor<128x768xf32>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<128x768xf32>) -> tensor<1x128x768xf32>
    %14 = "stablehlo.add"(%11, %13) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %15 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x128xi32>
    %17 = "stablehlo.compare"(%arg4, %16) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<1x128xi32>, tensor<1x128xi32>) -> tensor<1x128xi1>
    %18 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x128xi32>
    %20 = "stablehlo.add"(%arg4, %19) : (tensor<1x128xi32>, tensor<1x128xi32>) -> tensor<1x128xi32>
    %21 = "stablehlo.select"(%17, %20, %arg4) : (tensor<1x128xi1>, tensor<1x128xi32>, tensor<1x128xi32>) -> tensor<1x128xi32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xi32>) -> tensor<1x128x1xi32>
    %23 = "stablehlo.gather"(%arg9, %22) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 768>}> : (tensor<2x768xf32>, tensor<1x128x1xi32>) -> tensor<1x128x768xf32>
    %24 = "stablehlo.add"(%14, %23) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %25 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%24, %25) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg351: tensor<f32>, %arg352: tensor<f32>):
      %1602 = "stablehlo.add"(%arg351, %arg352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1602) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %27 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %28 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %29 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %30 = "stablehlo.divide"(%27, %29) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %32 = "stablehlo.subtract"(%24, %31) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %33 = "chlo.square"(%32) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %34 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.reduce"(%33, %34) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg349: tensor<f32>, %arg350: tensor<f32>):
      %1601 = "stablehlo.add"(%arg349, %arg350) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1601) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %37 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %39 = "stablehlo.divide"(%36, %38) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %40 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %41 = "stablehlo.subtract"(%24, %40) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %42 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %44 = "stablehlo.add"(%39, %43) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %45 = "stablehlo.rsqrt"(%44) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %47 = "stablehlo.multiply"(%41, %46) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %48 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %49 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %50 = "stablehlo.multiply"(%47, %49) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %51 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %53 = "stablehlo.add"(%50, %52) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %54 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %55 = "stablehlo.broadcast_in_dim"(%54) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1x128xi32>
    %56 = "stablehlo.compare"(%arg5, %55) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1x128xi32>, tensor<1x128xi32>) -> tensor<1x128xi1>
    %57 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64: 0, 2>}> : (tensor<1x128xi1>) -> tensor<1x1x128xi1>
    %58 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x128xi1>) -> tensor<1x128x128xi1>
    %59 = "stablehlo.dot_general"(%53, %arg25) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %60 = "stablehlo.broadcast_in_dim"(%arg15) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %61 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %62 = "stablehlo.add"(%59, %61) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %63 = "stablehlo.reshape"(%62) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %64 = "stablehlo.dot_general"(%53, %arg23) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %65 = "stablehlo.broadcast_in_dim"(%arg13) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %67 = "stablehlo.add"(%64, %66) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %68 = "stablehlo.reshape"(%67) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %69 = "stablehlo.dot_general"(%53, %arg26) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %70 = "stablehlo.broadcast_in_dim"(%arg16) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %71 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %72 = "stablehlo.add"(%69, %71) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %73 = "stablehlo.reshape"(%72) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %74 = "stablehlo.dot_general"(%63, %68) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %75 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %77 = "stablehlo.divide"(%74, %76) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %78 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %79 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %80 = "func.call"(%78, %77, %79) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %81 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %82 = "stablehlo.reduce"(%80, %81) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg347: tensor<f32>, %arg348: tensor<f32>):
      %1600 = "stablehlo.maximum"(%arg347, %arg348) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1600) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %83 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %84 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %85 = "stablehlo.maximum"(%84, %82) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %86 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %87 = "stablehlo.broadcast_in_dim"(%86) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %88 = "stablehlo.subtract"(%80, %87) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %89 = "stablehlo.exponential"(%88) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %90 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %91 = "stablehlo.reduce"(%89, %90) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg345: tensor<f32>, %arg346: tensor<f32>):
      %1599 = "stablehlo.add"(%arg345, %arg346) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1599) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %92 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %93 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %94 = "stablehlo.divide"(%89, %93) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %95 = "stablehlo.dot_general"(%73, %94) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %96 = "stablehlo.transpose"(%95) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %97 = "stablehlo.reshape"(%96) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %98 = "stablehlo.dot_general"(%97, %arg24) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %99 = "stablehlo.broadcast_in_dim"(%arg14) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %100 = "stablehlo.broadcast_in_dim"(%99) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %101 = "stablehlo.add"(%98, %100) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %102 = "stablehlo.add"(%53, %101) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %103 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %104 = "stablehlo.reduce"(%102, %103) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg343: tensor<f32>, %arg344: tensor<f32>):
      %1598 = "stablehlo.add"(%arg343, %arg344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1598) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %105 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %106 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %107 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %108 = "stablehlo.divide"(%105, %107) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %109 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %110 = "stablehlo.subtract"(%102, %109) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %111 = "chlo.square"(%110) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %112 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %113 = "stablehlo.reduce"(%111, %112) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg341: tensor<f32>, %arg342: tensor<f32>):
      %1597 = "stablehlo.add"(%arg341, %arg342) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1597) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %114 = "stablehlo.broadcast_in_dim"(%113) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %115 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %117 = "stablehlo.divide"(%114, %116) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %118 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %119 = "stablehlo.subtract"(%102, %118) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %120 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %121 = "stablehlo.broadcast_in_dim"(%120) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %122 = "stablehlo.add"(%117, %121) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %123 = "stablehlo.rsqrt"(%122) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %124 = "stablehlo.broadcast_in_dim"(%123) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %125 = "stablehlo.multiply"(%119, %124) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %126 = "stablehlo.broadcast_in_dim"(%arg18) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %127 = "stablehlo.broadcast_in_dim"(%126) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %128 = "stablehlo.multiply"(%125, %127) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %129 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %130 = "stablehlo.broadcast_in_dim"(%129) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %131 = "stablehlo.add"(%128, %130) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %132 = "stablehlo.dot_general"(%131, %arg21) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %133 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %135 = "stablehlo.add"(%132, %134) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %136 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %137 = "stablehlo.broadcast_in_dim"(%136) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %138 = "stablehlo.multiply"(%137, %135) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %139 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %140 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %141 = "stablehlo.divide"(%135, %140) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %142 = "chlo.erf"(%141) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %143 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %144 = "stablehlo.broadcast_in_dim"(%143) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %145 = "stablehlo.add"(%144, %142) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %146 = "stablehlo.multiply"(%138, %145) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %147 = "stablehlo.dot_general"(%146, %arg22) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %148 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %149 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %150 = "stablehlo.add"(%147, %149) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %151 = "stablehlo.add"(%131, %150) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %152 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %153 = "stablehlo.reduce"(%151, %152) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg339: tensor<f32>, %arg340: tensor<f32>):
      %1596 = "stablehlo.add"(%arg339, %arg340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1596) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %154 = "stablehlo.broadcast_in_dim"(%153) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %155 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %157 = "stablehlo.divide"(%154, %156) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %159 = "stablehlo.subtract"(%151, %158) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %160 = "chlo.square"(%159) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %161 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %162 = "stablehlo.reduce"(%160, %161) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg337: tensor<f32>, %arg338: tensor<f32>):
      %1595 = "stablehlo.add"(%arg337, %arg338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1595) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %164 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %165 = "stablehlo.broadcast_in_dim"(%164) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %166 = "stablehlo.divide"(%163, %165) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %167 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %168 = "stablehlo.subtract"(%151, %167) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %169 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %170 = "stablehlo.broadcast_in_dim"(%169) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %171 = "stablehlo.add"(%166, %170) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %172 = "stablehlo.rsqrt"(%171) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %173 = "stablehlo.broadcast_in_dim"(%172) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %174 = "stablehlo.multiply"(%168, %173) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %175 = "stablehlo.broadcast_in_dim"(%arg20) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %176 = "stablehlo.broadcast_in_dim"(%175) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %177 = "stablehlo.multiply"(%174, %176) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %178 = "stablehlo.broadcast_in_dim"(%arg19) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %179 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %180 = "stablehlo.add"(%177, %179) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %181 = "stablehlo.dot_general"(%180, %arg41) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %182 = "stablehlo.broadcast_in_dim"(%arg31) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %183 = "stablehlo.broadcast_in_dim"(%182) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %184 = "stablehlo.add"(%181, %183) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %185 = "stablehlo.reshape"(%184) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %186 = "stablehlo.dot_general"(%180, %arg39) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %187 = "stablehlo.broadcast_in_dim"(%arg29) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %188 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %189 = "stablehlo.add"(%186, %188) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %190 = "stablehlo.reshape"(%189) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %191 = "stablehlo.dot_general"(%180, %arg42) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %192 = "stablehlo.broadcast_in_dim"(%arg32) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %193 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %194 = "stablehlo.add"(%191, %193) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %195 = "stablehlo.reshape"(%194) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %196 = "stablehlo.dot_general"(%185, %190) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %197 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %198 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %199 = "stablehlo.divide"(%196, %198) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %200 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %201 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %202 = "func.call"(%200, %199, %201) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %203 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %204 = "stablehlo.reduce"(%202, %203) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg335: tensor<f32>, %arg336: tensor<f32>):
      %1594 = "stablehlo.maximum"(%arg335, %arg336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1594) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %205 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %206 = "stablehlo.broadcast_in_dim"(%205) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %207 = "stablehlo.maximum"(%206, %204) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %208 = "stablehlo.broadcast_in_dim"(%207) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %209 = "stablehlo.broadcast_in_dim"(%208) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %210 = "stablehlo.subtract"(%202, %209) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %211 = "stablehlo.exponential"(%210) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %212 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %213 = "stablehlo.reduce"(%211, %212) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg333: tensor<f32>, %arg334: tensor<f32>):
      %1593 = "stablehlo.add"(%arg333, %arg334) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1593) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %214 = "stablehlo.broadcast_in_dim"(%213) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %215 = "stablehlo.broadcast_in_dim"(%214) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %216 = "stablehlo.divide"(%211, %215) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %217 = "stablehlo.dot_general"(%195, %216) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %218 = "stablehlo.transpose"(%217) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %219 = "stablehlo.reshape"(%218) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %220 = "stablehlo.dot_general"(%219, %arg40) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %221 = "stablehlo.broadcast_in_dim"(%arg30) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %222 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %223 = "stablehlo.add"(%220, %222) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %224 = "stablehlo.add"(%180, %223) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %225 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %226 = "stablehlo.reduce"(%224, %225) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg331: tensor<f32>, %arg332: tensor<f32>):
      %1592 = "stablehlo.add"(%arg331, %arg332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1592) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %227 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %228 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %229 = "stablehlo.broadcast_in_dim"(%228) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %230 = "stablehlo.divide"(%227, %229) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %231 = "stablehlo.broadcast_in_dim"(%230) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %232 = "stablehlo.subtract"(%224, %231) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %233 = "chlo.square"(%232) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %234 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %235 = "stablehlo.reduce"(%233, %234) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg329: tensor<f32>, %arg330: tensor<f32>):
      %1591 = "stablehlo.add"(%arg329, %arg330) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1591) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %236 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %237 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %238 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %239 = "stablehlo.divide"(%236, %238) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %240 = "stablehlo.broadcast_in_dim"(%230) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %241 = "stablehlo.subtract"(%224, %240) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %242 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %243 = "stablehlo.broadcast_in_dim"(%242) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %244 = "stablehlo.add"(%239, %243) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %245 = "stablehlo.rsqrt"(%244) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %246 = "stablehlo.broadcast_in_dim"(%245) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %247 = "stablehlo.multiply"(%241, %246) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %248 = "stablehlo.broadcast_in_dim"(%arg34) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %249 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %250 = "stablehlo.multiply"(%247, %249) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %251 = "stablehlo.broadcast_in_dim"(%arg33) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %252 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %253 = "stablehlo.add"(%250, %252) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %254 = "stablehlo.dot_general"(%253, %arg37) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %255 = "stablehlo.broadcast_in_dim"(%arg27) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %256 = "stablehlo.broadcast_in_dim"(%255) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %257 = "stablehlo.add"(%254, %256) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %258 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %259 = "stablehlo.broadcast_in_dim"(%258) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %260 = "stablehlo.multiply"(%259, %257) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %261 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %262 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %263 = "stablehlo.divide"(%257, %262) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %264 = "chlo.erf"(%263) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %265 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %266 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %267 = "stablehlo.add"(%266, %264) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %268 = "stablehlo.multiply"(%260, %267) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %269 = "stablehlo.dot_general"(%268, %arg38) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %270 = "stablehlo.broadcast_in_dim"(%arg28) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %271 = "stablehlo.broadcast_in_dim"(%270) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %272 = "stablehlo.add"(%269, %271) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %273 = "stablehlo.add"(%253, %272) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %274 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %275 = "stablehlo.reduce"(%273, %274) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg327: tensor<f32>, %arg328: tensor<f32>):
      %1590 = "stablehlo.add"(%arg327, %arg328) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1590) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %276 = "stablehlo.broadcast_in_dim"(%275) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %277 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %278 = "stablehlo.broadcast_in_dim"(%277) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %279 = "stablehlo.divide"(%276, %278) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %280 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %281 = "stablehlo.subtract"(%273, %280) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %282 = "chlo.square"(%281) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %283 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %284 = "stablehlo.reduce"(%282, %283) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg325: tensor<f32>, %arg326: tensor<f32>):
      %1589 = "stablehlo.add"(%arg325, %arg326) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1589) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %285 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %286 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %287 = "stablehlo.broadcast_in_dim"(%286) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %288 = "stablehlo.divide"(%285, %287) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %289 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %290 = "stablehlo.subtract"(%273, %289) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %291 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %292 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %293 = "stablehlo.add"(%288, %292) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %294 = "stablehlo.rsqrt"(%293) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %295 = "stablehlo.broadcast_in_dim"(%294) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %296 = "stablehlo.multiply"(%290, %295) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %297 = "stablehlo.broadcast_in_dim"(%arg36) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %298 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %299 = "stablehlo.multiply"(%296, %298) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %300 = "stablehlo.broadcast_in_dim"(%arg35) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %301 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %302 = "stablehlo.add"(%299, %301) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %303 = "stablehlo.dot_general"(%302, %arg57) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %304 = "stablehlo.broadcast_in_dim"(%arg47) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %305 = "stablehlo.broadcast_in_dim"(%304) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %306 = "stablehlo.add"(%303, %305) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %307 = "stablehlo.reshape"(%306) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %308 = "stablehlo.dot_general"(%302, %arg55) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %309 = "stablehlo.broadcast_in_dim"(%arg45) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %310 = "stablehlo.broadcast_in_dim"(%309) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %311 = "stablehlo.add"(%308, %310) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %312 = "stablehlo.reshape"(%311) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %313 = "stablehlo.dot_general"(%302, %arg58) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %314 = "stablehlo.broadcast_in_dim"(%arg48) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %315 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %316 = "stablehlo.add"(%313, %315) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %317 = "stablehlo.reshape"(%316) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %318 = "stablehlo.dot_general"(%307, %312) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %319 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %320 = "stablehlo.broadcast_in_dim"(%319) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %321 = "stablehlo.divide"(%318, %320) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %322 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %323 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %324 = "func.call"(%322, %321, %323) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %325 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %326 = "stablehlo.reduce"(%324, %325) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg323: tensor<f32>, %arg324: tensor<f32>):
      %1588 = "stablehlo.maximum"(%arg323, %arg324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1588) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %327 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %328 = "stablehlo.broadcast_in_dim"(%327) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %329 = "stablehlo.maximum"(%328, %326) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %330 = "stablehlo.broadcast_in_dim"(%329) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %331 = "stablehlo.broadcast_in_dim"(%330) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %332 = "stablehlo.subtract"(%324, %331) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %333 = "stablehlo.exponential"(%332) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %334 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %335 = "stablehlo.reduce"(%333, %334) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg321: tensor<f32>, %arg322: tensor<f32>):
      %1587 = "stablehlo.add"(%arg321, %arg322) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1587) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %336 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %337 = "stablehlo.broadcast_in_dim"(%336) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %338 = "stablehlo.divide"(%333, %337) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %339 = "stablehlo.dot_general"(%317, %338) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %340 = "stablehlo.transpose"(%339) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %341 = "stablehlo.reshape"(%340) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %342 = "stablehlo.dot_general"(%341, %arg56) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %343 = "stablehlo.broadcast_in_dim"(%arg46) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %344 = "stablehlo.broadcast_in_dim"(%343) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %345 = "stablehlo.add"(%342, %344) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %346 = "stablehlo.add"(%302, %345) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %347 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %348 = "stablehlo.reduce"(%346, %347) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg319: tensor<f32>, %arg320: tensor<f32>):
      %1586 = "stablehlo.add"(%arg319, %arg320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1586) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %349 = "stablehlo.broadcast_in_dim"(%348) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %350 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %351 = "stablehlo.broadcast_in_dim"(%350) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %352 = "stablehlo.divide"(%349, %351) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %353 = "stablehlo.broadcast_in_dim"(%352) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %354 = "stablehlo.subtract"(%346, %353) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %355 = "chlo.square"(%354) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %356 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %357 = "stablehlo.reduce"(%355, %356) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg317: tensor<f32>, %arg318: tensor<f32>):
      %1585 = "stablehlo.add"(%arg317, %arg318) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1585) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %358 = "stablehlo.broadcast_in_dim"(%357) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %359 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %360 = "stablehlo.broadcast_in_dim"(%359) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %361 = "stablehlo.divide"(%358, %360) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %362 = "stablehlo.broadcast_in_dim"(%352) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %363 = "stablehlo.subtract"(%346, %362) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %364 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %366 = "stablehlo.add"(%361, %365) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %367 = "stablehlo.rsqrt"(%366) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %368 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %369 = "stablehlo.multiply"(%363, %368) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %370 = "stablehlo.broadcast_in_dim"(%arg50) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %371 = "stablehlo.broadcast_in_dim"(%370) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %372 = "stablehlo.multiply"(%369, %371) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %373 = "stablehlo.broadcast_in_dim"(%arg49) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %374 = "stablehlo.broadcast_in_dim"(%373) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %375 = "stablehlo.add"(%372, %374) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %376 = "stablehlo.dot_general"(%375, %arg53) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %377 = "stablehlo.broadcast_in_dim"(%arg43) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %378 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %379 = "stablehlo.add"(%376, %378) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %380 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %381 = "stablehlo.broadcast_in_dim"(%380) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %382 = "stablehlo.multiply"(%381, %379) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %383 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %384 = "stablehlo.broadcast_in_dim"(%383) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %385 = "stablehlo.divide"(%379, %384) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %386 = "chlo.erf"(%385) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %387 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %388 = "stablehlo.broadcast_in_dim"(%387) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %389 = "stablehlo.add"(%388, %386) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %390 = "stablehlo.multiply"(%382, %389) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %391 = "stablehlo.dot_general"(%390, %arg54) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %392 = "stablehlo.broadcast_in_dim"(%arg44) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %393 = "stablehlo.broadcast_in_dim"(%392) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %394 = "stablehlo.add"(%391, %393) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %395 = "stablehlo.add"(%375, %394) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %396 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %397 = "stablehlo.reduce"(%395, %396) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg315: tensor<f32>, %arg316: tensor<f32>):
      %1584 = "stablehlo.add"(%arg315, %arg316) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1584) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %398 = "stablehlo.broadcast_in_dim"(%397) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %399 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %400 = "stablehlo.broadcast_in_dim"(%399) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %401 = "stablehlo.divide"(%398, %400) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %402 = "stablehlo.broadcast_in_dim"(%401) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %403 = "stablehlo.subtract"(%395, %402) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %404 = "chlo.square"(%403) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %405 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %406 = "stablehlo.reduce"(%404, %405) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg313: tensor<f32>, %arg314: tensor<f32>):
      %1583 = "stablehlo.add"(%arg313, %arg314) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1583) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %407 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %408 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %409 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %410 = "stablehlo.divide"(%407, %409) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %411 = "stablehlo.broadcast_in_dim"(%401) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %412 = "stablehlo.subtract"(%395, %411) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %413 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %414 = "stablehlo.broadcast_in_dim"(%413) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %415 = "stablehlo.add"(%410, %414) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %416 = "stablehlo.rsqrt"(%415) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %417 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %418 = "stablehlo.multiply"(%412, %417) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %419 = "stablehlo.broadcast_in_dim"(%arg52) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %420 = "stablehlo.broadcast_in_dim"(%419) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %421 = "stablehlo.multiply"(%418, %420) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %422 = "stablehlo.broadcast_in_dim"(%arg51) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %423 = "stablehlo.broadcast_in_dim"(%422) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %424 = "stablehlo.add"(%421, %423) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %425 = "stablehlo.dot_general"(%424, %arg73) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %426 = "stablehlo.broadcast_in_dim"(%arg63) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %427 = "stablehlo.broadcast_in_dim"(%426) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %428 = "stablehlo.add"(%425, %427) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %429 = "stablehlo.reshape"(%428) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %430 = "stablehlo.dot_general"(%424, %arg71) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %431 = "stablehlo.broadcast_in_dim"(%arg61) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %432 = "stablehlo.broadcast_in_dim"(%431) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %433 = "stablehlo.add"(%430, %432) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %434 = "stablehlo.reshape"(%433) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %435 = "stablehlo.dot_general"(%424, %arg74) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %436 = "stablehlo.broadcast_in_dim"(%arg64) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %437 = "stablehlo.broadcast_in_dim"(%436) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %438 = "stablehlo.add"(%435, %437) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %439 = "stablehlo.reshape"(%438) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %440 = "stablehlo.dot_general"(%429, %434) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %441 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %442 = "stablehlo.broadcast_in_dim"(%441) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %443 = "stablehlo.divide"(%440, %442) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %444 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %445 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %446 = "func.call"(%444, %443, %445) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %447 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %448 = "stablehlo.reduce"(%446, %447) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg311: tensor<f32>, %arg312: tensor<f32>):
      %1582 = "stablehlo.maximum"(%arg311, %arg312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1582) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %449 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %450 = "stablehlo.broadcast_in_dim"(%449) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %451 = "stablehlo.maximum"(%450, %448) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %452 = "stablehlo.broadcast_in_dim"(%451) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %453 = "stablehlo.broadcast_in_dim"(%452) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %454 = "stablehlo.subtract"(%446, %453) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %455 = "stablehlo.exponential"(%454) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %456 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %457 = "stablehlo.reduce"(%455, %456) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg309: tensor<f32>, %arg310: tensor<f32>):
      %1581 = "stablehlo.add"(%arg309, %arg310) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1581) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %458 = "stablehlo.broadcast_in_dim"(%457) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %459 = "stablehlo.broadcast_in_dim"(%458) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %460 = "stablehlo.divide"(%455, %459) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %461 = "stablehlo.dot_general"(%439, %460) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %462 = "stablehlo.transpose"(%461) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %463 = "stablehlo.reshape"(%462) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %464 = "stablehlo.dot_general"(%463, %arg72) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %465 = "stablehlo.broadcast_in_dim"(%arg62) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %466 = "stablehlo.broadcast_in_dim"(%465) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %467 = "stablehlo.add"(%464, %466) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %468 = "stablehlo.add"(%424, %467) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %469 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %470 = "stablehlo.reduce"(%468, %469) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg307: tensor<f32>, %arg308: tensor<f32>):
      %1580 = "stablehlo.add"(%arg307, %arg308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1580) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %471 = "stablehlo.broadcast_in_dim"(%470) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %472 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %473 = "stablehlo.broadcast_in_dim"(%472) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %474 = "stablehlo.divide"(%471, %473) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %475 = "stablehlo.broadcast_in_dim"(%474) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %476 = "stablehlo.subtract"(%468, %475) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %477 = "chlo.square"(%476) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %478 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %479 = "stablehlo.reduce"(%477, %478) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg305: tensor<f32>, %arg306: tensor<f32>):
      %1579 = "stablehlo.add"(%arg305, %arg306) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1579) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %480 = "stablehlo.broadcast_in_dim"(%479) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %481 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %482 = "stablehlo.broadcast_in_dim"(%481) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %483 = "stablehlo.divide"(%480, %482) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %484 = "stablehlo.broadcast_in_dim"(%474) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %485 = "stablehlo.subtract"(%468, %484) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %486 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %487 = "stablehlo.broadcast_in_dim"(%486) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %488 = "stablehlo.add"(%483, %487) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %489 = "stablehlo.rsqrt"(%488) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %490 = "stablehlo.broadcast_in_dim"(%489) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %491 = "stablehlo.multiply"(%485, %490) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %492 = "stablehlo.broadcast_in_dim"(%arg66) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %493 = "stablehlo.broadcast_in_dim"(%492) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %494 = "stablehlo.multiply"(%491, %493) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %495 = "stablehlo.broadcast_in_dim"(%arg65) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %496 = "stablehlo.broadcast_in_dim"(%495) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %497 = "stablehlo.add"(%494, %496) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %498 = "stablehlo.dot_general"(%497, %arg69) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %499 = "stablehlo.broadcast_in_dim"(%arg59) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %500 = "stablehlo.broadcast_in_dim"(%499) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %501 = "stablehlo.add"(%498, %500) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %502 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %503 = "stablehlo.broadcast_in_dim"(%502) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %504 = "stablehlo.multiply"(%503, %501) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %505 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %506 = "stablehlo.broadcast_in_dim"(%505) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %507 = "stablehlo.divide"(%501, %506) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %508 = "chlo.erf"(%507) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %509 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %510 = "stablehlo.broadcast_in_dim"(%509) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %511 = "stablehlo.add"(%510, %508) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %512 = "stablehlo.multiply"(%504, %511) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %513 = "stablehlo.dot_general"(%512, %arg70) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %514 = "stablehlo.broadcast_in_dim"(%arg60) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %515 = "stablehlo.broadcast_in_dim"(%514) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %516 = "stablehlo.add"(%513, %515) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %517 = "stablehlo.add"(%497, %516) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %518 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %519 = "stablehlo.reduce"(%517, %518) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg303: tensor<f32>, %arg304: tensor<f32>):
      %1578 = "stablehlo.add"(%arg303, %arg304) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1578) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %520 = "stablehlo.broadcast_in_dim"(%519) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %521 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %522 = "stablehlo.broadcast_in_dim"(%521) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %523 = "stablehlo.divide"(%520, %522) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %524 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %525 = "stablehlo.subtract"(%517, %524) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %526 = "chlo.square"(%525) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %527 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %528 = "stablehlo.reduce"(%526, %527) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg301: tensor<f32>, %arg302: tensor<f32>):
      %1577 = "stablehlo.add"(%arg301, %arg302) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1577) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %529 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %530 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %531 = "stablehlo.broadcast_in_dim"(%530) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %532 = "stablehlo.divide"(%529, %531) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %533 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %534 = "stablehlo.subtract"(%517, %533) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %535 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %536 = "stablehlo.broadcast_in_dim"(%535) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %537 = "stablehlo.add"(%532, %536) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %538 = "stablehlo.rsqrt"(%537) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %539 = "stablehlo.broadcast_in_dim"(%538) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %540 = "stablehlo.multiply"(%534, %539) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %541 = "stablehlo.broadcast_in_dim"(%arg68) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %542 = "stablehlo.broadcast_in_dim"(%541) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %543 = "stablehlo.multiply"(%540, %542) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %544 = "stablehlo.broadcast_in_dim"(%arg67) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %545 = "stablehlo.broadcast_in_dim"(%544) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %546 = "stablehlo.add"(%543, %545) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %547 = "stablehlo.dot_general"(%546, %arg89) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %548 = "stablehlo.broadcast_in_dim"(%arg79) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %549 = "stablehlo.broadcast_in_dim"(%548) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %550 = "stablehlo.add"(%547, %549) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %551 = "stablehlo.reshape"(%550) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %552 = "stablehlo.dot_general"(%546, %arg87) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %553 = "stablehlo.broadcast_in_dim"(%arg77) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %554 = "stablehlo.broadcast_in_dim"(%553) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %555 = "stablehlo.add"(%552, %554) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %556 = "stablehlo.reshape"(%555) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %557 = "stablehlo.dot_general"(%546, %arg90) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %558 = "stablehlo.broadcast_in_dim"(%arg80) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %559 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %560 = "stablehlo.add"(%557, %559) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %561 = "stablehlo.reshape"(%560) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %562 = "stablehlo.dot_general"(%551, %556) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %563 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %564 = "stablehlo.broadcast_in_dim"(%563) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %565 = "stablehlo.divide"(%562, %564) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %566 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %567 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %568 = "func.call"(%566, %565, %567) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %569 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %570 = "stablehlo.reduce"(%568, %569) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg299: tensor<f32>, %arg300: tensor<f32>):
      %1576 = "stablehlo.maximum"(%arg299, %arg300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1576) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %571 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %572 = "stablehlo.broadcast_in_dim"(%571) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %573 = "stablehlo.maximum"(%572, %570) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %574 = "stablehlo.broadcast_in_dim"(%573) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %575 = "stablehlo.broadcast_in_dim"(%574) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %576 = "stablehlo.subtract"(%568, %575) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %577 = "stablehlo.exponential"(%576) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %578 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %579 = "stablehlo.reduce"(%577, %578) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg297: tensor<f32>, %arg298: tensor<f32>):
      %1575 = "stablehlo.add"(%arg297, %arg298) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1575) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %580 = "stablehlo.broadcast_in_dim"(%579) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %581 = "stablehlo.broadcast_in_dim"(%580) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %582 = "stablehlo.divide"(%577, %581) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %583 = "stablehlo.dot_general"(%561, %582) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %584 = "stablehlo.transpose"(%583) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %585 = "stablehlo.reshape"(%584) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %586 = "stablehlo.dot_general"(%585, %arg88) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %587 = "stablehlo.broadcast_in_dim"(%arg78) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %588 = "stablehlo.broadcast_in_dim"(%587) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %589 = "stablehlo.add"(%586, %588) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %590 = "stablehlo.add"(%546, %589) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %591 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %592 = "stablehlo.reduce"(%590, %591) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg295: tensor<f32>, %arg296: tensor<f32>):
      %1574 = "stablehlo.add"(%arg295, %arg296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1574) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %593 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %594 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %595 = "stablehlo.broadcast_in_dim"(%594) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %596 = "stablehlo.divide"(%593, %595) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %597 = "stablehlo.broadcast_in_dim"(%596) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %598 = "stablehlo.subtract"(%590, %597) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %599 = "chlo.square"(%598) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %600 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %601 = "stablehlo.reduce"(%599, %600) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg293: tensor<f32>, %arg294: tensor<f32>):
      %1573 = "stablehlo.add"(%arg293, %arg294) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1573) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %602 = "stablehlo.broadcast_in_dim"(%601) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %603 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %604 = "stablehlo.broadcast_in_dim"(%603) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %605 = "stablehlo.divide"(%602, %604) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %606 = "stablehlo.broadcast_in_dim"(%596) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %607 = "stablehlo.subtract"(%590, %606) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %608 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %609 = "stablehlo.broadcast_in_dim"(%608) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %610 = "stablehlo.add"(%605, %609) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %611 = "stablehlo.rsqrt"(%610) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %612 = "stablehlo.broadcast_in_dim"(%611) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %613 = "stablehlo.multiply"(%607, %612) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %614 = "stablehlo.broadcast_in_dim"(%arg82) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %615 = "stablehlo.broadcast_in_dim"(%614) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %616 = "stablehlo.multiply"(%613, %615) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %617 = "stablehlo.broadcast_in_dim"(%arg81) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %618 = "stablehlo.broadcast_in_dim"(%617) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %619 = "stablehlo.add"(%616, %618) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %620 = "stablehlo.dot_general"(%619, %arg85) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %621 = "stablehlo.broadcast_in_dim"(%arg75) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %622 = "stablehlo.broadcast_in_dim"(%621) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %623 = "stablehlo.add"(%620, %622) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %624 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %625 = "stablehlo.broadcast_in_dim"(%624) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %626 = "stablehlo.multiply"(%625, %623) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %627 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %628 = "stablehlo.broadcast_in_dim"(%627) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %629 = "stablehlo.divide"(%623, %628) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %630 = "chlo.erf"(%629) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %631 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %632 = "stablehlo.broadcast_in_dim"(%631) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %633 = "stablehlo.add"(%632, %630) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %634 = "stablehlo.multiply"(%626, %633) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %635 = "stablehlo.dot_general"(%634, %arg86) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %636 = "stablehlo.broadcast_in_dim"(%arg76) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %637 = "stablehlo.broadcast_in_dim"(%636) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %638 = "stablehlo.add"(%635, %637) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %639 = "stablehlo.add"(%619, %638) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %640 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %641 = "stablehlo.reduce"(%639, %640) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg291: tensor<f32>, %arg292: tensor<f32>):
      %1572 = "stablehlo.add"(%arg291, %arg292) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1572) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %642 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %643 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %644 = "stablehlo.broadcast_in_dim"(%643) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %645 = "stablehlo.divide"(%642, %644) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %646 = "stablehlo.broadcast_in_dim"(%645) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %647 = "stablehlo.subtract"(%639, %646) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %648 = "chlo.square"(%647) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %649 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %650 = "stablehlo.reduce"(%648, %649) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg289: tensor<f32>, %arg290: tensor<f32>):
      %1571 = "stablehlo.add"(%arg289, %arg290) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1571) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %651 = "stablehlo.broadcast_in_dim"(%650) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %652 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %653 = "stablehlo.broadcast_in_dim"(%652) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %654 = "stablehlo.divide"(%651, %653) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %655 = "stablehlo.broadcast_in_dim"(%645) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %656 = "stablehlo.subtract"(%639, %655) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %657 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %658 = "stablehlo.broadcast_in_dim"(%657) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %659 = "stablehlo.add"(%654, %658) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %660 = "stablehlo.rsqrt"(%659) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %661 = "stablehlo.broadcast_in_dim"(%660) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %662 = "stablehlo.multiply"(%656, %661) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %663 = "stablehlo.broadcast_in_dim"(%arg84) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %664 = "stablehlo.broadcast_in_dim"(%663) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %665 = "stablehlo.multiply"(%662, %664) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %666 = "stablehlo.broadcast_in_dim"(%arg83) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %667 = "stablehlo.broadcast_in_dim"(%666) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %668 = "stablehlo.add"(%665, %667) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %669 = "stablehlo.dot_general"(%668, %arg105) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %670 = "stablehlo.broadcast_in_dim"(%arg95) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %671 = "stablehlo.broadcast_in_dim"(%670) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %672 = "stablehlo.add"(%669, %671) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %673 = "stablehlo.reshape"(%672) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %674 = "stablehlo.dot_general"(%668, %arg103) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %675 = "stablehlo.broadcast_in_dim"(%arg93) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %676 = "stablehlo.broadcast_in_dim"(%675) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %677 = "stablehlo.add"(%674, %676) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %678 = "stablehlo.reshape"(%677) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %679 = "stablehlo.dot_general"(%668, %arg106) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %680 = "stablehlo.broadcast_in_dim"(%arg96) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %681 = "stablehlo.broadcast_in_dim"(%680) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %682 = "stablehlo.add"(%679, %681) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %683 = "stablehlo.reshape"(%682) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %684 = "stablehlo.dot_general"(%673, %678) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %685 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %686 = "stablehlo.broadcast_in_dim"(%685) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %687 = "stablehlo.divide"(%684, %686) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %688 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %689 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %690 = "func.call"(%688, %687, %689) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %691 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %692 = "stablehlo.reduce"(%690, %691) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg287: tensor<f32>, %arg288: tensor<f32>):
      %1570 = "stablehlo.maximum"(%arg287, %arg288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1570) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %693 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %694 = "stablehlo.broadcast_in_dim"(%693) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %695 = "stablehlo.maximum"(%694, %692) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %696 = "stablehlo.broadcast_in_dim"(%695) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %697 = "stablehlo.broadcast_in_dim"(%696) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %698 = "stablehlo.subtract"(%690, %697) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %699 = "stablehlo.exponential"(%698) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %700 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %701 = "stablehlo.reduce"(%699, %700) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg285: tensor<f32>, %arg286: tensor<f32>):
      %1569 = "stablehlo.add"(%arg285, %arg286) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1569) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %702 = "stablehlo.broadcast_in_dim"(%701) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %703 = "stablehlo.broadcast_in_dim"(%702) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %704 = "stablehlo.divide"(%699, %703) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %705 = "stablehlo.dot_general"(%683, %704) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %706 = "stablehlo.transpose"(%705) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %707 = "stablehlo.reshape"(%706) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %708 = "stablehlo.dot_general"(%707, %arg104) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %709 = "stablehlo.broadcast_in_dim"(%arg94) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %710 = "stablehlo.broadcast_in_dim"(%709) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %711 = "stablehlo.add"(%708, %710) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %712 = "stablehlo.add"(%668, %711) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %713 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %714 = "stablehlo.reduce"(%712, %713) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg283: tensor<f32>, %arg284: tensor<f32>):
      %1568 = "stablehlo.add"(%arg283, %arg284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1568) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %715 = "stablehlo.broadcast_in_dim"(%714) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %716 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %717 = "stablehlo.broadcast_in_dim"(%716) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %718 = "stablehlo.divide"(%715, %717) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %719 = "stablehlo.broadcast_in_dim"(%718) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %720 = "stablehlo.subtract"(%712, %719) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %721 = "chlo.square"(%720) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %722 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %723 = "stablehlo.reduce"(%721, %722) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg281: tensor<f32>, %arg282: tensor<f32>):
      %1567 = "stablehlo.add"(%arg281, %arg282) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1567) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %724 = "stablehlo.broadcast_in_dim"(%723) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %725 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %726 = "stablehlo.broadcast_in_dim"(%725) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %727 = "stablehlo.divide"(%724, %726) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %728 = "stablehlo.broadcast_in_dim"(%718) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %729 = "stablehlo.subtract"(%712, %728) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %730 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %731 = "stablehlo.broadcast_in_dim"(%730) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %732 = "stablehlo.add"(%727, %731) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %733 = "stablehlo.rsqrt"(%732) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %734 = "stablehlo.broadcast_in_dim"(%733) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %735 = "stablehlo.multiply"(%729, %734) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %736 = "stablehlo.broadcast_in_dim"(%arg98) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %737 = "stablehlo.broadcast_in_dim"(%736) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %738 = "stablehlo.multiply"(%735, %737) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %739 = "stablehlo.broadcast_in_dim"(%arg97) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %740 = "stablehlo.broadcast_in_dim"(%739) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %741 = "stablehlo.add"(%738, %740) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %742 = "stablehlo.dot_general"(%741, %arg101) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %743 = "stablehlo.broadcast_in_dim"(%arg91) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %744 = "stablehlo.broadcast_in_dim"(%743) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %745 = "stablehlo.add"(%742, %744) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %746 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %747 = "stablehlo.broadcast_in_dim"(%746) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %748 = "stablehlo.multiply"(%747, %745) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %749 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %750 = "stablehlo.broadcast_in_dim"(%749) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %751 = "stablehlo.divide"(%745, %750) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %752 = "chlo.erf"(%751) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %753 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %754 = "stablehlo.broadcast_in_dim"(%753) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %755 = "stablehlo.add"(%754, %752) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %756 = "stablehlo.multiply"(%748, %755) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %757 = "stablehlo.dot_general"(%756, %arg102) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %758 = "stablehlo.broadcast_in_dim"(%arg92) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %759 = "stablehlo.broadcast_in_dim"(%758) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %760 = "stablehlo.add"(%757, %759) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %761 = "stablehlo.add"(%741, %760) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %762 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %763 = "stablehlo.reduce"(%761, %762) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg279: tensor<f32>, %arg280: tensor<f32>):
      %1566 = "stablehlo.add"(%arg279, %arg280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1566) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %764 = "stablehlo.broadcast_in_dim"(%763) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %765 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %766 = "stablehlo.broadcast_in_dim"(%765) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %767 = "stablehlo.divide"(%764, %766) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %768 = "stablehlo.broadcast_in_dim"(%767) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %769 = "stablehlo.subtract"(%761, %768) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %770 = "chlo.square"(%769) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %771 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %772 = "stablehlo.reduce"(%770, %771) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg277: tensor<f32>, %arg278: tensor<f32>):
      %1565 = "stablehlo.add"(%arg277, %arg278) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1565) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %773 = "stablehlo.broadcast_in_dim"(%772) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %774 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %775 = "stablehlo.broadcast_in_dim"(%774) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %776 = "stablehlo.divide"(%773, %775) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %777 = "stablehlo.broadcast_in_dim"(%767) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %778 = "stablehlo.subtract"(%761, %777) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %779 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %780 = "stablehlo.broadcast_in_dim"(%779) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %781 = "stablehlo.add"(%776, %780) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %782 = "stablehlo.rsqrt"(%781) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %783 = "stablehlo.broadcast_in_dim"(%782) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %784 = "stablehlo.multiply"(%778, %783) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %785 = "stablehlo.broadcast_in_dim"(%arg100) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %786 = "stablehlo.broadcast_in_dim"(%785) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %787 = "stablehlo.multiply"(%784, %786) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %788 = "stablehlo.broadcast_in_dim"(%arg99) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %789 = "stablehlo.broadcast_in_dim"(%788) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %790 = "stablehlo.add"(%787, %789) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %791 = "stablehlo.dot_general"(%790, %arg121) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %792 = "stablehlo.broadcast_in_dim"(%arg111) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %793 = "stablehlo.broadcast_in_dim"(%792) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %794 = "stablehlo.add"(%791, %793) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %795 = "stablehlo.reshape"(%794) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %796 = "stablehlo.dot_general"(%790, %arg119) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %797 = "stablehlo.broadcast_in_dim"(%arg109) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %798 = "stablehlo.broadcast_in_dim"(%797) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %799 = "stablehlo.add"(%796, %798) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %800 = "stablehlo.reshape"(%799) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %801 = "stablehlo.dot_general"(%790, %arg122) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %802 = "stablehlo.broadcast_in_dim"(%arg112) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %803 = "stablehlo.broadcast_in_dim"(%802) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %804 = "stablehlo.add"(%801, %803) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %805 = "stablehlo.reshape"(%804) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %806 = "stablehlo.dot_general"(%795, %800) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %807 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %808 = "stablehlo.broadcast_in_dim"(%807) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %809 = "stablehlo.divide"(%806, %808) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %810 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %811 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %812 = "func.call"(%810, %809, %811) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %813 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %814 = "stablehlo.reduce"(%812, %813) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg275: tensor<f32>, %arg276: tensor<f32>):
      %1564 = "stablehlo.maximum"(%arg275, %arg276) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1564) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %815 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %816 = "stablehlo.broadcast_in_dim"(%815) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %817 = "stablehlo.maximum"(%816, %814) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %818 = "stablehlo.broadcast_in_dim"(%817) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %819 = "stablehlo.broadcast_in_dim"(%818) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %820 = "stablehlo.subtract"(%812, %819) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %821 = "stablehlo.exponential"(%820) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %822 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %823 = "stablehlo.reduce"(%821, %822) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg273: tensor<f32>, %arg274: tensor<f32>):
      %1563 = "stablehlo.add"(%arg273, %arg274) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1563) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %824 = "stablehlo.broadcast_in_dim"(%823) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %825 = "stablehlo.broadcast_in_dim"(%824) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %826 = "stablehlo.divide"(%821, %825) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %827 = "stablehlo.dot_general"(%805, %826) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %828 = "stablehlo.transpose"(%827) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %829 = "stablehlo.reshape"(%828) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %830 = "stablehlo.dot_general"(%829, %arg120) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %831 = "stablehlo.broadcast_in_dim"(%arg110) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %832 = "stablehlo.broadcast_in_dim"(%831) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %833 = "stablehlo.add"(%830, %832) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %834 = "stablehlo.add"(%790, %833) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %835 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %836 = "stablehlo.reduce"(%834, %835) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg271: tensor<f32>, %arg272: tensor<f32>):
      %1562 = "stablehlo.add"(%arg271, %arg272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1562) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %837 = "stablehlo.broadcast_in_dim"(%836) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %838 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %839 = "stablehlo.broadcast_in_dim"(%838) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %840 = "stablehlo.divide"(%837, %839) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %841 = "stablehlo.broadcast_in_dim"(%840) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %842 = "stablehlo.subtract"(%834, %841) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %843 = "chlo.square"(%842) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %844 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %845 = "stablehlo.reduce"(%843, %844) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg269: tensor<f32>, %arg270: tensor<f32>):
      %1561 = "stablehlo.add"(%arg269, %arg270) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1561) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %846 = "stablehlo.broadcast_in_dim"(%845) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %847 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %848 = "stablehlo.broadcast_in_dim"(%847) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %849 = "stablehlo.divide"(%846, %848) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %850 = "stablehlo.broadcast_in_dim"(%840) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %851 = "stablehlo.subtract"(%834, %850) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %852 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %853 = "stablehlo.broadcast_in_dim"(%852) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %854 = "stablehlo.add"(%849, %853) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %855 = "stablehlo.rsqrt"(%854) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %856 = "stablehlo.broadcast_in_dim"(%855) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %857 = "stablehlo.multiply"(%851, %856) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %858 = "stablehlo.broadcast_in_dim"(%arg114) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %859 = "stablehlo.broadcast_in_dim"(%858) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %860 = "stablehlo.multiply"(%857, %859) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %861 = "stablehlo.broadcast_in_dim"(%arg113) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %862 = "stablehlo.broadcast_in_dim"(%861) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %863 = "stablehlo.add"(%860, %862) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %864 = "stablehlo.dot_general"(%863, %arg117) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %865 = "stablehlo.broadcast_in_dim"(%arg107) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %866 = "stablehlo.broadcast_in_dim"(%865) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %867 = "stablehlo.add"(%864, %866) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %868 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %869 = "stablehlo.broadcast_in_dim"(%868) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %870 = "stablehlo.multiply"(%869, %867) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %871 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %872 = "stablehlo.broadcast_in_dim"(%871) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %873 = "stablehlo.divide"(%867, %872) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %874 = "chlo.erf"(%873) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %875 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %876 = "stablehlo.broadcast_in_dim"(%875) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %877 = "stablehlo.add"(%876, %874) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %878 = "stablehlo.multiply"(%870, %877) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %879 = "stablehlo.dot_general"(%878, %arg118) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %880 = "stablehlo.broadcast_in_dim"(%arg108) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %881 = "stablehlo.broadcast_in_dim"(%880) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %882 = "stablehlo.add"(%879, %881) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %883 = "stablehlo.add"(%863, %882) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %884 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %885 = "stablehlo.reduce"(%883, %884) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg267: tensor<f32>, %arg268: tensor<f32>):
      %1560 = "stablehlo.add"(%arg267, %arg268) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1560) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %886 = "stablehlo.broadcast_in_dim"(%885) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %887 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %888 = "stablehlo.broadcast_in_dim"(%887) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %889 = "stablehlo.divide"(%886, %888) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %890 = "stablehlo.broadcast_in_dim"(%889) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %891 = "stablehlo.subtract"(%883, %890) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %892 = "chlo.square"(%891) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %893 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %894 = "stablehlo.reduce"(%892, %893) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg265: tensor<f32>, %arg266: tensor<f32>):
      %1559 = "stablehlo.add"(%arg265, %arg266) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1559) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %895 = "stablehlo.broadcast_in_dim"(%894) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %896 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %897 = "stablehlo.broadcast_in_dim"(%896) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %898 = "stablehlo.divide"(%895, %897) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %899 = "stablehlo.broadcast_in_dim"(%889) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %900 = "stablehlo.subtract"(%883, %899) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %901 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %902 = "stablehlo.broadcast_in_dim"(%901) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %903 = "stablehlo.add"(%898, %902) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %904 = "stablehlo.rsqrt"(%903) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %905 = "stablehlo.broadcast_in_dim"(%904) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %906 = "stablehlo.multiply"(%900, %905) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %907 = "stablehlo.broadcast_in_dim"(%arg116) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %908 = "stablehlo.broadcast_in_dim"(%907) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %909 = "stablehlo.multiply"(%906, %908) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %910 = "stablehlo.broadcast_in_dim"(%arg115) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %911 = "stablehlo.broadcast_in_dim"(%910) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %912 = "stablehlo.add"(%909, %911) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %913 = "stablehlo.dot_general"(%912, %arg137) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %914 = "stablehlo.broadcast_in_dim"(%arg127) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %915 = "stablehlo.broadcast_in_dim"(%914) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %916 = "stablehlo.add"(%913, %915) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %917 = "stablehlo.reshape"(%916) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %918 = "stablehlo.dot_general"(%912, %arg135) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %919 = "stablehlo.broadcast_in_dim"(%arg125) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %920 = "stablehlo.broadcast_in_dim"(%919) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %921 = "stablehlo.add"(%918, %920) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %922 = "stablehlo.reshape"(%921) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %923 = "stablehlo.dot_general"(%912, %arg138) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %924 = "stablehlo.broadcast_in_dim"(%arg128) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %925 = "stablehlo.broadcast_in_dim"(%924) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %926 = "stablehlo.add"(%923, %925) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %927 = "stablehlo.reshape"(%926) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %928 = "stablehlo.dot_general"(%917, %922) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %929 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %930 = "stablehlo.broadcast_in_dim"(%929) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %931 = "stablehlo.divide"(%928, %930) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %932 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %933 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %934 = "func.call"(%932, %931, %933) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %935 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %936 = "stablehlo.reduce"(%934, %935) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg263: tensor<f32>, %arg264: tensor<f32>):
      %1558 = "stablehlo.maximum"(%arg263, %arg264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1558) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %937 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %938 = "stablehlo.broadcast_in_dim"(%937) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %939 = "stablehlo.maximum"(%938, %936) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %940 = "stablehlo.broadcast_in_dim"(%939) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %941 = "stablehlo.broadcast_in_dim"(%940) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %942 = "stablehlo.subtract"(%934, %941) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %943 = "stablehlo.exponential"(%942) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %944 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %945 = "stablehlo.reduce"(%943, %944) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg261: tensor<f32>, %arg262: tensor<f32>):
      %1557 = "stablehlo.add"(%arg261, %arg262) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1557) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %946 = "stablehlo.broadcast_in_dim"(%945) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %947 = "stablehlo.broadcast_in_dim"(%946) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %948 = "stablehlo.divide"(%943, %947) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %949 = "stablehlo.dot_general"(%927, %948) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %950 = "stablehlo.transpose"(%949) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %951 = "stablehlo.reshape"(%950) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %952 = "stablehlo.dot_general"(%951, %arg136) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %953 = "stablehlo.broadcast_in_dim"(%arg126) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %954 = "stablehlo.broadcast_in_dim"(%953) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %955 = "stablehlo.add"(%952, %954) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %956 = "stablehlo.add"(%912, %955) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %957 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %958 = "stablehlo.reduce"(%956, %957) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg259: tensor<f32>, %arg260: tensor<f32>):
      %1556 = "stablehlo.add"(%arg259, %arg260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1556) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %959 = "stablehlo.broadcast_in_dim"(%958) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %960 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %961 = "stablehlo.broadcast_in_dim"(%960) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %962 = "stablehlo.divide"(%959, %961) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %963 = "stablehlo.broadcast_in_dim"(%962) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %964 = "stablehlo.subtract"(%956, %963) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %965 = "chlo.square"(%964) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %966 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %967 = "stablehlo.reduce"(%965, %966) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg257: tensor<f32>, %arg258: tensor<f32>):
      %1555 = "stablehlo.add"(%arg257, %arg258) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1555) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %968 = "stablehlo.broadcast_in_dim"(%967) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %969 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %970 = "stablehlo.broadcast_in_dim"(%969) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %971 = "stablehlo.divide"(%968, %970) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %972 = "stablehlo.broadcast_in_dim"(%962) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %973 = "stablehlo.subtract"(%956, %972) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %974 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %975 = "stablehlo.broadcast_in_dim"(%974) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %976 = "stablehlo.add"(%971, %975) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %977 = "stablehlo.rsqrt"(%976) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %978 = "stablehlo.broadcast_in_dim"(%977) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %979 = "stablehlo.multiply"(%973, %978) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %980 = "stablehlo.broadcast_in_dim"(%arg130) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %981 = "stablehlo.broadcast_in_dim"(%980) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %982 = "stablehlo.multiply"(%979, %981) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %983 = "stablehlo.broadcast_in_dim"(%arg129) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %984 = "stablehlo.broadcast_in_dim"(%983) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %985 = "stablehlo.add"(%982, %984) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %986 = "stablehlo.dot_general"(%985, %arg133) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %987 = "stablehlo.broadcast_in_dim"(%arg123) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %988 = "stablehlo.broadcast_in_dim"(%987) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %989 = "stablehlo.add"(%986, %988) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %990 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %991 = "stablehlo.broadcast_in_dim"(%990) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %992 = "stablehlo.multiply"(%991, %989) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %993 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %994 = "stablehlo.broadcast_in_dim"(%993) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %995 = "stablehlo.divide"(%989, %994) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %996 = "chlo.erf"(%995) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %997 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %998 = "stablehlo.broadcast_in_dim"(%997) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %999 = "stablehlo.add"(%998, %996) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1000 = "stablehlo.multiply"(%992, %999) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1001 = "stablehlo.dot_general"(%1000, %arg134) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %1002 = "stablehlo.broadcast_in_dim"(%arg124) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1003 = "stablehlo.broadcast_in_dim"(%1002) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1004 = "stablehlo.add"(%1001, %1003) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1005 = "stablehlo.add"(%985, %1004) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1006 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1007 = "stablehlo.reduce"(%1005, %1006) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg255: tensor<f32>, %arg256: tensor<f32>):
      %1554 = "stablehlo.add"(%arg255, %arg256) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1554) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1008 = "stablehlo.broadcast_in_dim"(%1007) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1009 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1010 = "stablehlo.broadcast_in_dim"(%1009) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1011 = "stablehlo.divide"(%1008, %1010) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1012 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1013 = "stablehlo.subtract"(%1005, %1012) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1014 = "chlo.square"(%1013) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1015 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1016 = "stablehlo.reduce"(%1014, %1015) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg253: tensor<f32>, %arg254: tensor<f32>):
      %1553 = "stablehlo.add"(%arg253, %arg254) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1553) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1017 = "stablehlo.broadcast_in_dim"(%1016) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1018 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1019 = "stablehlo.broadcast_in_dim"(%1018) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1020 = "stablehlo.divide"(%1017, %1019) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1021 = "stablehlo.broadcast_in_dim"(%1011) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1022 = "stablehlo.subtract"(%1005, %1021) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1023 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %1024 = "stablehlo.broadcast_in_dim"(%1023) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1025 = "stablehlo.add"(%1020, %1024) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1026 = "stablehlo.rsqrt"(%1025) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1027 = "stablehlo.broadcast_in_dim"(%1026) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1028 = "stablehlo.multiply"(%1022, %1027) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1029 = "stablehlo.broadcast_in_dim"(%arg132) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1030 = "stablehlo.broadcast_in_dim"(%1029) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1031 = "stablehlo.multiply"(%1028, %1030) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1032 = "stablehlo.broadcast_in_dim"(%arg131) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1033 = "stablehlo.broadcast_in_dim"(%1032) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1034 = "stablehlo.add"(%1031, %1033) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1035 = "stablehlo.dot_general"(%1034, %arg153) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1036 = "stablehlo.broadcast_in_dim"(%arg143) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1037 = "stablehlo.broadcast_in_dim"(%1036) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1038 = "stablehlo.add"(%1035, %1037) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1039 = "stablehlo.reshape"(%1038) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1040 = "stablehlo.dot_general"(%1034, %arg151) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1041 = "stablehlo.broadcast_in_dim"(%arg141) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1042 = "stablehlo.broadcast_in_dim"(%1041) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1043 = "stablehlo.add"(%1040, %1042) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1044 = "stablehlo.reshape"(%1043) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1045 = "stablehlo.dot_general"(%1034, %arg154) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1046 = "stablehlo.broadcast_in_dim"(%arg144) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1047 = "stablehlo.broadcast_in_dim"(%1046) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1048 = "stablehlo.add"(%1045, %1047) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1049 = "stablehlo.reshape"(%1048) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1050 = "stablehlo.dot_general"(%1039, %1044) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %1051 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1052 = "stablehlo.broadcast_in_dim"(%1051) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %1053 = "stablehlo.divide"(%1050, %1052) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1054 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %1055 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %1056 = "func.call"(%1054, %1053, %1055) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %1057 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1058 = "stablehlo.reduce"(%1056, %1057) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg251: tensor<f32>, %arg252: tensor<f32>):
      %1552 = "stablehlo.maximum"(%arg251, %arg252) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1552) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1059 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1060 = "stablehlo.broadcast_in_dim"(%1059) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %1061 = "stablehlo.maximum"(%1060, %1058) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %1062 = "stablehlo.broadcast_in_dim"(%1061) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1063 = "stablehlo.broadcast_in_dim"(%1062) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1064 = "stablehlo.subtract"(%1056, %1063) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1065 = "stablehlo.exponential"(%1064) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1066 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1067 = "stablehlo.reduce"(%1065, %1066) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg249: tensor<f32>, %arg250: tensor<f32>):
      %1551 = "stablehlo.add"(%arg249, %arg250) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1551) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1068 = "stablehlo.broadcast_in_dim"(%1067) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1069 = "stablehlo.broadcast_in_dim"(%1068) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1070 = "stablehlo.divide"(%1065, %1069) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1071 = "stablehlo.dot_general"(%1049, %1070) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %1072 = "stablehlo.transpose"(%1071) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %1073 = "stablehlo.reshape"(%1072) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %1074 = "stablehlo.dot_general"(%1073, %arg152) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1075 = "stablehlo.broadcast_in_dim"(%arg142) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1076 = "stablehlo.broadcast_in_dim"(%1075) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1077 = "stablehlo.add"(%1074, %1076) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1078 = "stablehlo.add"(%1034, %1077) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1079 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1080 = "stablehlo.reduce"(%1078, %1079) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg247: tensor<f32>, %arg248: tensor<f32>):
      %1550 = "stablehlo.add"(%arg247, %arg248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1550) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1081 = "stablehlo.broadcast_in_dim"(%1080) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1082 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1083 = "stablehlo.broadcast_in_dim"(%1082) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1084 = "stablehlo.divide"(%1081, %1083) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1085 = "stablehlo.broadcast_in_dim"(%1084) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1086 = "stablehlo.subtract"(%1078, %1085) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1087 = "chlo.square"(%1086) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1088 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1089 = "stablehlo.reduce"(%1087, %1088) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg245: tensor<f32>, %arg246: tensor<f32>):
      %1549 = "stablehlo.add"(%arg245, %arg246) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1549) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1090 = "stablehlo.broadcast_in_dim"(%1089) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1091 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1092 = "stablehlo.broadcast_in_dim"(%1091) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1093 = "stablehlo.divide"(%1090, %1092) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1094 = "stablehlo.broadcast_in_dim"(%1084) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1095 = "stablehlo.subtract"(%1078, %1094) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1096 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %1097 = "stablehlo.broadcast_in_dim"(%1096) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1098 = "stablehlo.add"(%1093, %1097) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1099 = "stablehlo.rsqrt"(%1098) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1100 = "stablehlo.broadcast_in_dim"(%1099) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1101 = "stablehlo.multiply"(%1095, %1100) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1102 = "stablehlo.broadcast_in_dim"(%arg146) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1103 = "stablehlo.broadcast_in_dim"(%1102) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1104 = "stablehlo.multiply"(%1101, %1103) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1105 = "stablehlo.broadcast_in_dim"(%arg145) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1106 = "stablehlo.broadcast_in_dim"(%1105) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1107 = "stablehlo.add"(%1104, %1106) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1108 = "stablehlo.dot_general"(%1107, %arg149) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %1109 = "stablehlo.broadcast_in_dim"(%arg139) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %1110 = "stablehlo.broadcast_in_dim"(%1109) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %1111 = "stablehlo.add"(%1108, %1110) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1112 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1113 = "stablehlo.broadcast_in_dim"(%1112) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1114 = "stablehlo.multiply"(%1113, %1111) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1115 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %1116 = "stablehlo.broadcast_in_dim"(%1115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1117 = "stablehlo.divide"(%1111, %1116) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1118 = "chlo.erf"(%1117) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1119 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1120 = "stablehlo.broadcast_in_dim"(%1119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1121 = "stablehlo.add"(%1120, %1118) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1122 = "stablehlo.multiply"(%1114, %1121) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1123 = "stablehlo.dot_general"(%1122, %arg150) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %1124 = "stablehlo.broadcast_in_dim"(%arg140) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1125 = "stablehlo.broadcast_in_dim"(%1124) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1126 = "stablehlo.add"(%1123, %1125) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1127 = "stablehlo.add"(%1107, %1126) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1128 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1129 = "stablehlo.reduce"(%1127, %1128) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg243: tensor<f32>, %arg244: tensor<f32>):
      %1548 = "stablehlo.add"(%arg243, %arg244) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1548) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1130 = "stablehlo.broadcast_in_dim"(%1129) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1131 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1132 = "stablehlo.broadcast_in_dim"(%1131) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1133 = "stablehlo.divide"(%1130, %1132) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1134 = "stablehlo.broadcast_in_dim"(%1133) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1135 = "stablehlo.subtract"(%1127, %1134) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1136 = "chlo.square"(%1135) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1137 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1138 = "stablehlo.reduce"(%1136, %1137) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg241: tensor<f32>, %arg242: tensor<f32>):
      %1547 = "stablehlo.add"(%arg241, %arg242) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1547) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1139 = "stablehlo.broadcast_in_dim"(%1138) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1140 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1141 = "stablehlo.broadcast_in_dim"(%1140) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1142 = "stablehlo.divide"(%1139, %1141) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1143 = "stablehlo.broadcast_in_dim"(%1133) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1144 = "stablehlo.subtract"(%1127, %1143) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1145 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %1146 = "stablehlo.broadcast_in_dim"(%1145) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1147 = "stablehlo.add"(%1142, %1146) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1148 = "stablehlo.rsqrt"(%1147) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1149 = "stablehlo.broadcast_in_dim"(%1148) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1150 = "stablehlo.multiply"(%1144, %1149) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1151 = "stablehlo.broadcast_in_dim"(%arg148) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1152 = "stablehlo.broadcast_in_dim"(%1151) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1153 = "stablehlo.multiply"(%1150, %1152) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1154 = "stablehlo.broadcast_in_dim"(%arg147) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1155 = "stablehlo.broadcast_in_dim"(%1154) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1156 = "stablehlo.add"(%1153, %1155) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1157 = "stablehlo.dot_general"(%1156, %arg169) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1158 = "stablehlo.broadcast_in_dim"(%arg159) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1159 = "stablehlo.broadcast_in_dim"(%1158) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1160 = "stablehlo.add"(%1157, %1159) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1161 = "stablehlo.reshape"(%1160) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1162 = "stablehlo.dot_general"(%1156, %arg167) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1163 = "stablehlo.broadcast_in_dim"(%arg157) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1164 = "stablehlo.broadcast_in_dim"(%1163) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1165 = "stablehlo.add"(%1162, %1164) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1166 = "stablehlo.reshape"(%1165) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1167 = "stablehlo.dot_general"(%1156, %arg170) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1168 = "stablehlo.broadcast_in_dim"(%arg160) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1169 = "stablehlo.broadcast_in_dim"(%1168) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1170 = "stablehlo.add"(%1167, %1169) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1171 = "stablehlo.reshape"(%1170) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1172 = "stablehlo.dot_general"(%1161, %1166) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %1173 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1174 = "stablehlo.broadcast_in_dim"(%1173) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %1175 = "stablehlo.divide"(%1172, %1174) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1176 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %1177 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %1178 = "func.call"(%1176, %1175, %1177) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %1179 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1180 = "stablehlo.reduce"(%1178, %1179) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg239: tensor<f32>, %arg240: tensor<f32>):
      %1546 = "stablehlo.maximum"(%arg239, %arg240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1546) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1181 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1182 = "stablehlo.broadcast_in_dim"(%1181) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %1183 = "stablehlo.maximum"(%1182, %1180) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %1184 = "stablehlo.broadcast_in_dim"(%1183) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1185 = "stablehlo.broadcast_in_dim"(%1184) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1186 = "stablehlo.subtract"(%1178, %1185) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1187 = "stablehlo.exponential"(%1186) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1188 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1189 = "stablehlo.reduce"(%1187, %1188) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg237: tensor<f32>, %arg238: tensor<f32>):
      %1545 = "stablehlo.add"(%arg237, %arg238) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1545) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1190 = "stablehlo.broadcast_in_dim"(%1189) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1191 = "stablehlo.broadcast_in_dim"(%1190) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1192 = "stablehlo.divide"(%1187, %1191) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1193 = "stablehlo.dot_general"(%1171, %1192) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %1194 = "stablehlo.transpose"(%1193) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %1195 = "stablehlo.reshape"(%1194) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %1196 = "stablehlo.dot_general"(%1195, %arg168) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1197 = "stablehlo.broadcast_in_dim"(%arg158) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1198 = "stablehlo.broadcast_in_dim"(%1197) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1199 = "stablehlo.add"(%1196, %1198) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1200 = "stablehlo.add"(%1156, %1199) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1201 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1202 = "stablehlo.reduce"(%1200, %1201) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg235: tensor<f32>, %arg236: tensor<f32>):
      %1544 = "stablehlo.add"(%arg235, %arg236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1544) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1203 = "stablehlo.broadcast_in_dim"(%1202) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1204 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1205 = "stablehlo.broadcast_in_dim"(%1204) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1206 = "stablehlo.divide"(%1203, %1205) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1207 = "stablehlo.broadcast_in_dim"(%1206) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1208 = "stablehlo.subtract"(%1200, %1207) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1209 = "chlo.square"(%1208) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1210 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1211 = "stablehlo.reduce"(%1209, %1210) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg233: tensor<f32>, %arg234: tensor<f32>):
      %1543 = "stablehlo.add"(%arg233, %arg234) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1543) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1212 = "stablehlo.broadcast_in_dim"(%1211) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1213 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1214 = "stablehlo.broadcast_in_dim"(%1213) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1215 = "stablehlo.divide"(%1212, %1214) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1216 = "stablehlo.broadcast_in_dim"(%1206) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1217 = "stablehlo.subtract"(%1200, %1216) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1218 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %1219 = "stablehlo.broadcast_in_dim"(%1218) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1220 = "stablehlo.add"(%1215, %1219) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1221 = "stablehlo.rsqrt"(%1220) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1222 = "stablehlo.broadcast_in_dim"(%1221) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1223 = "stablehlo.multiply"(%1217, %1222) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1224 = "stablehlo.broadcast_in_dim"(%arg162) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1225 = "stablehlo.broadcast_in_dim"(%1224) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1226 = "stablehlo.multiply"(%1223, %1225) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1227 = "stablehlo.broadcast_in_dim"(%arg161) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1228 = "stablehlo.broadcast_in_dim"(%1227) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1229 = "stablehlo.add"(%1226, %1228) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1230 = "stablehlo.dot_general"(%1229, %arg165) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %1231 = "stablehlo.broadcast_in_dim"(%arg155) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %1232 = "stablehlo.broadcast_in_dim"(%1231) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %1233 = "stablehlo.add"(%1230, %1232) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1234 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1235 = "stablehlo.broadcast_in_dim"(%1234) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1236 = "stablehlo.multiply"(%1235, %1233) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1237 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %1238 = "stablehlo.broadcast_in_dim"(%1237) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1239 = "stablehlo.divide"(%1233, %1238) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1240 = "chlo.erf"(%1239) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1241 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1242 = "stablehlo.broadcast_in_dim"(%1241) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1243 = "stablehlo.add"(%1242, %1240) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1244 = "stablehlo.multiply"(%1236, %1243) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1245 = "stablehlo.dot_general"(%1244, %arg166) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %1246 = "stablehlo.broadcast_in_dim"(%arg156) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1247 = "stablehlo.broadcast_in_dim"(%1246) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1248 = "stablehlo.add"(%1245, %1247) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1249 = "stablehlo.add"(%1229, %1248) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1250 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1251 = "stablehlo.reduce"(%1249, %1250) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg231: tensor<f32>, %arg232: tensor<f32>):
      %1542 = "stablehlo.add"(%arg231, %arg232) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1542) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1252 = "stablehlo.broadcast_in_dim"(%1251) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1253 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1254 = "stablehlo.broadcast_in_dim"(%1253) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1255 = "stablehlo.divide"(%1252, %1254) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1256 = "stablehlo.broadcast_in_dim"(%1255) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1257 = "stablehlo.subtract"(%1249, %1256) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1258 = "chlo.square"(%1257) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1259 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1260 = "stablehlo.reduce"(%1258, %1259) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg229: tensor<f32>, %arg230: tensor<f32>):
      %1541 = "stablehlo.add"(%arg229, %arg230) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1541) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1261 = "stablehlo.broadcast_in_dim"(%1260) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1262 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1263 = "stablehlo.broadcast_in_dim"(%1262) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1264 = "stablehlo.divide"(%1261, %1263) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1265 = "stablehlo.broadcast_in_dim"(%1255) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1266 = "stablehlo.subtract"(%1249, %1265) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1267 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %1268 = "stablehlo.broadcast_in_dim"(%1267) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1269 = "stablehlo.add"(%1264, %1268) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1270 = "stablehlo.rsqrt"(%1269) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1271 = "stablehlo.broadcast_in_dim"(%1270) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1272 = "stablehlo.multiply"(%1266, %1271) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1273 = "stablehlo.broadcast_in_dim"(%arg164) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1274 = "stablehlo.broadcast_in_dim"(%1273) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1275 = "stablehlo.multiply"(%1272, %1274) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1276 = "stablehlo.broadcast_in_dim"(%arg163) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1277 = "stablehlo.broadcast_in_dim"(%1276) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1278 = "stablehlo.add"(%1275, %1277) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1279 = "stablehlo.dot_general"(%1278, %arg185) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1280 = "stablehlo.broadcast_in_dim"(%arg175) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1281 = "stablehlo.broadcast_in_dim"(%1280) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1282 = "stablehlo.add"(%1279, %1281) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1283 = "stablehlo.reshape"(%1282) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1284 = "stablehlo.dot_general"(%1278, %arg183) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1285 = "stablehlo.broadcast_in_dim"(%arg173) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1286 = "stablehlo.broadcast_in_dim"(%1285) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1287 = "stablehlo.add"(%1284, %1286) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1288 = "stablehlo.reshape"(%1287) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1289 = "stablehlo.dot_general"(%1278, %arg186) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1290 = "stablehlo.broadcast_in_dim"(%arg176) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1291 = "stablehlo.broadcast_in_dim"(%1290) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1292 = "stablehlo.add"(%1289, %1291) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1293 = "stablehlo.reshape"(%1292) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1294 = "stablehlo.dot_general"(%1283, %1288) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %1295 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1296 = "stablehlo.broadcast_in_dim"(%1295) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %1297 = "stablehlo.divide"(%1294, %1296) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1298 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %1299 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %1300 = "func.call"(%1298, %1297, %1299) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %1301 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1302 = "stablehlo.reduce"(%1300, %1301) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg227: tensor<f32>, %arg228: tensor<f32>):
      %1540 = "stablehlo.maximum"(%arg227, %arg228) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1540) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1303 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1304 = "stablehlo.broadcast_in_dim"(%1303) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %1305 = "stablehlo.maximum"(%1304, %1302) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %1306 = "stablehlo.broadcast_in_dim"(%1305) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1307 = "stablehlo.broadcast_in_dim"(%1306) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1308 = "stablehlo.subtract"(%1300, %1307) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1309 = "stablehlo.exponential"(%1308) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1310 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1311 = "stablehlo.reduce"(%1309, %1310) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg225: tensor<f32>, %arg226: tensor<f32>):
      %1539 = "stablehlo.add"(%arg225, %arg226) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1539) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1312 = "stablehlo.broadcast_in_dim"(%1311) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1313 = "stablehlo.broadcast_in_dim"(%1312) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1314 = "stablehlo.divide"(%1309, %1313) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1315 = "stablehlo.dot_general"(%1293, %1314) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %1316 = "stablehlo.transpose"(%1315) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %1317 = "stablehlo.reshape"(%1316) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %1318 = "stablehlo.dot_general"(%1317, %arg184) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1319 = "stablehlo.broadcast_in_dim"(%arg174) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1320 = "stablehlo.broadcast_in_dim"(%1319) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1321 = "stablehlo.add"(%1318, %1320) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1322 = "stablehlo.add"(%1278, %1321) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1323 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1324 = "stablehlo.reduce"(%1322, %1323) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg223: tensor<f32>, %arg224: tensor<f32>):
      %1538 = "stablehlo.add"(%arg223, %arg224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1538) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1325 = "stablehlo.broadcast_in_dim"(%1324) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1326 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1327 = "stablehlo.broadcast_in_dim"(%1326) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1328 = "stablehlo.divide"(%1325, %1327) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1329 = "stablehlo.broadcast_in_dim"(%1328) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1330 = "stablehlo.subtract"(%1322, %1329) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1331 = "chlo.square"(%1330) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1332 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1333 = "stablehlo.reduce"(%1331, %1332) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg221: tensor<f32>, %arg222: tensor<f32>):
      %1537 = "stablehlo.add"(%arg221, %arg222) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1537) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1334 = "stablehlo.broadcast_in_dim"(%1333) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1335 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1336 = "stablehlo.broadcast_in_dim"(%1335) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1337 = "stablehlo.divide"(%1334, %1336) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1338 = "stablehlo.broadcast_in_dim"(%1328) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1339 = "stablehlo.subtract"(%1322, %1338) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1340 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %1341 = "stablehlo.broadcast_in_dim"(%1340) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1342 = "stablehlo.add"(%1337, %1341) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1343 = "stablehlo.rsqrt"(%1342) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1344 = "stablehlo.broadcast_in_dim"(%1343) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1345 = "stablehlo.multiply"(%1339, %1344) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1346 = "stablehlo.broadcast_in_dim"(%arg178) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1347 = "stablehlo.broadcast_in_dim"(%1346) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1348 = "stablehlo.multiply"(%1345, %1347) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1349 = "stablehlo.broadcast_in_dim"(%arg177) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1350 = "stablehlo.broadcast_in_dim"(%1349) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1351 = "stablehlo.add"(%1348, %1350) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1352 = "stablehlo.dot_general"(%1351, %arg181) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %1353 = "stablehlo.broadcast_in_dim"(%arg171) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %1354 = "stablehlo.broadcast_in_dim"(%1353) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %1355 = "stablehlo.add"(%1352, %1354) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1356 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1357 = "stablehlo.broadcast_in_dim"(%1356) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1358 = "stablehlo.multiply"(%1357, %1355) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1359 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %1360 = "stablehlo.broadcast_in_dim"(%1359) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1361 = "stablehlo.divide"(%1355, %1360) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1362 = "chlo.erf"(%1361) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1363 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1364 = "stablehlo.broadcast_in_dim"(%1363) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1365 = "stablehlo.add"(%1364, %1362) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1366 = "stablehlo.multiply"(%1358, %1365) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1367 = "stablehlo.dot_general"(%1366, %arg182) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %1368 = "stablehlo.broadcast_in_dim"(%arg172) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1369 = "stablehlo.broadcast_in_dim"(%1368) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1370 = "stablehlo.add"(%1367, %1369) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1371 = "stablehlo.add"(%1351, %1370) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1372 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1373 = "stablehlo.reduce"(%1371, %1372) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg219: tensor<f32>, %arg220: tensor<f32>):
      %1536 = "stablehlo.add"(%arg219, %arg220) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1536) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1374 = "stablehlo.broadcast_in_dim"(%1373) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1375 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1376 = "stablehlo.broadcast_in_dim"(%1375) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1377 = "stablehlo.divide"(%1374, %1376) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1378 = "stablehlo.broadcast_in_dim"(%1377) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1379 = "stablehlo.subtract"(%1371, %1378) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1380 = "chlo.square"(%1379) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1381 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1382 = "stablehlo.reduce"(%1380, %1381) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg217: tensor<f32>, %arg218: tensor<f32>):
      %1535 = "stablehlo.add"(%arg217, %arg218) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1535) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1383 = "stablehlo.broadcast_in_dim"(%1382) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1384 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1385 = "stablehlo.broadcast_in_dim"(%1384) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1386 = "stablehlo.divide"(%1383, %1385) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1387 = "stablehlo.broadcast_in_dim"(%1377) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1388 = "stablehlo.subtract"(%1371, %1387) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1389 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %1390 = "stablehlo.broadcast_in_dim"(%1389) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1391 = "stablehlo.add"(%1386, %1390) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1392 = "stablehlo.rsqrt"(%1391) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1393 = "stablehlo.broadcast_in_dim"(%1392) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1394 = "stablehlo.multiply"(%1388, %1393) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1395 = "stablehlo.broadcast_in_dim"(%arg180) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1396 = "stablehlo.broadcast_in_dim"(%1395) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1397 = "stablehlo.multiply"(%1394, %1396) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1398 = "stablehlo.broadcast_in_dim"(%arg179) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1399 = "stablehlo.broadcast_in_dim"(%1398) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1400 = "stablehlo.add"(%1397, %1399) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1401 = "stablehlo.dot_general"(%1400, %arg201) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1402 = "stablehlo.broadcast_in_dim"(%arg191) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1403 = "stablehlo.broadcast_in_dim"(%1402) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1404 = "stablehlo.add"(%1401, %1403) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1405 = "stablehlo.reshape"(%1404) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1406 = "stablehlo.dot_general"(%1400, %arg199) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1407 = "stablehlo.broadcast_in_dim"(%arg189) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1408 = "stablehlo.broadcast_in_dim"(%1407) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1409 = "stablehlo.add"(%1406, %1408) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1410 = "stablehlo.reshape"(%1409) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1411 = "stablehlo.dot_general"(%1400, %arg202) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1412 = "stablehlo.broadcast_in_dim"(%arg192) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1413 = "stablehlo.broadcast_in_dim"(%1412) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1414 = "stablehlo.add"(%1411, %1413) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1415 = "stablehlo.reshape"(%1414) : (tensor<1x128x768xf32>) -> tensor<1x128x12x64xf32>
    %1416 = "stablehlo.dot_general"(%1405, %1410) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x128x12x64xf32>) -> tensor<1x12x128x128xf32>
    %1417 = "stablehlo.constant"() <{value = dense<8.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1418 = "stablehlo.broadcast_in_dim"(%1417) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %1419 = "stablehlo.divide"(%1416, %1418) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1420 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64: 0, 2, 3>}> : (tensor<1x128x128xi1>) -> tensor<1x1x128x128xi1>
    %1421 = "stablehlo.constant"() <{value = dense<-1.000000e+09> : tensor<f32>}> : () -> tensor<f32>
    %1422 = "func.call"(%1420, %1419, %1421) <{callee = @_where}> : (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>
    %1423 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1424 = "stablehlo.reduce"(%1422, %1423) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg215: tensor<f32>, %arg216: tensor<f32>):
      %1534 = "stablehlo.maximum"(%arg215, %arg216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1534) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1425 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1426 = "stablehlo.broadcast_in_dim"(%1425) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128xf32>
    %1427 = "stablehlo.maximum"(%1426, %1424) : (tensor<1x12x128xf32>, tensor<1x12x128xf32>) -> tensor<1x12x128xf32>
    %1428 = "stablehlo.broadcast_in_dim"(%1427) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1429 = "stablehlo.broadcast_in_dim"(%1428) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1430 = "stablehlo.subtract"(%1422, %1429) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1431 = "stablehlo.exponential"(%1430) : (tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1432 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1433 = "stablehlo.reduce"(%1431, %1432) <{dimensions = array<i64: 3>}> ({
    ^bb0(%arg213: tensor<f32>, %arg214: tensor<f32>):
      %1533 = "stablehlo.add"(%arg213, %arg214) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1533) : (tensor<f32>) -> ()
    }) : (tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128xf32>
    %1434 = "stablehlo.broadcast_in_dim"(%1433) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x12x128xf32>) -> tensor<1x12x128x1xf32>
    %1435 = "stablehlo.broadcast_in_dim"(%1434) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x12x128x1xf32>) -> tensor<1x12x128x128xf32>
    %1436 = "stablehlo.divide"(%1431, %1435) : (tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    %1437 = "stablehlo.dot_general"(%1415, %1436) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [3]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x12x64xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x64x128xf32>
    %1438 = "stablehlo.transpose"(%1437) <{permutation = array<i64: 0, 3, 1, 2>}> : (tensor<1x12x64x128xf32>) -> tensor<1x128x12x64xf32>
    %1439 = "stablehlo.reshape"(%1438) : (tensor<1x128x12x64xf32>) -> tensor<1x128x768xf32>
    %1440 = "stablehlo.dot_general"(%1439, %arg200) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x768xf32>) -> tensor<1x128x768xf32>
    %1441 = "stablehlo.broadcast_in_dim"(%arg190) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1442 = "stablehlo.broadcast_in_dim"(%1441) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1443 = "stablehlo.add"(%1440, %1442) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1444 = "stablehlo.add"(%1400, %1443) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1445 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1446 = "stablehlo.reduce"(%1444, %1445) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg211: tensor<f32>, %arg212: tensor<f32>):
      %1532 = "stablehlo.add"(%arg211, %arg212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1532) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1447 = "stablehlo.broadcast_in_dim"(%1446) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1448 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1449 = "stablehlo.broadcast_in_dim"(%1448) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1450 = "stablehlo.divide"(%1447, %1449) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1451 = "stablehlo.broadcast_in_dim"(%1450) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1452 = "stablehlo.subtract"(%1444, %1451) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1453 = "chlo.square"(%1452) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1454 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1455 = "stablehlo.reduce"(%1453, %1454) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg209: tensor<f32>, %arg210: tensor<f32>):
      %1531 = "stablehlo.add"(%arg209, %arg210) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1531) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1456 = "stablehlo.broadcast_in_dim"(%1455) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1457 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1458 = "stablehlo.broadcast_in_dim"(%1457) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1459 = "stablehlo.divide"(%1456, %1458) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1460 = "stablehlo.broadcast_in_dim"(%1450) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1461 = "stablehlo.subtract"(%1444, %1460) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1462 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %1463 = "stablehlo.broadcast_in_dim"(%1462) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1464 = "stablehlo.add"(%1459, %1463) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1465 = "stablehlo.rsqrt"(%1464) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1466 = "stablehlo.broadcast_in_dim"(%1465) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1467 = "stablehlo.multiply"(%1461, %1466) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1468 = "stablehlo.broadcast_in_dim"(%arg194) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1469 = "stablehlo.broadcast_in_dim"(%1468) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1470 = "stablehlo.multiply"(%1467, %1469) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1471 = "stablehlo.broadcast_in_dim"(%arg193) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1472 = "stablehlo.broadcast_in_dim"(%1471) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1473 = "stablehlo.add"(%1470, %1472) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1474 = "stablehlo.dot_general"(%1473, %arg197) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x768xf32>, tensor<768x3072xf32>) -> tensor<1x128x3072xf32>
    %1475 = "stablehlo.broadcast_in_dim"(%arg187) <{broadcast_dimensions = array<i64: 2>}> : (tensor<3072xf32>) -> tensor<1x1x3072xf32>
    %1476 = "stablehlo.broadcast_in_dim"(%1475) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x3072xf32>) -> tensor<1x128x3072xf32>
    %1477 = "stablehlo.add"(%1474, %1476) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1478 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %1479 = "stablehlo.broadcast_in_dim"(%1478) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1480 = "stablehlo.multiply"(%1479, %1477) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1481 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %1482 = "stablehlo.broadcast_in_dim"(%1481) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1483 = "stablehlo.divide"(%1477, %1482) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1484 = "chlo.erf"(%1483) : (tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1485 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1486 = "stablehlo.broadcast_in_dim"(%1485) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x3072xf32>
    %1487 = "stablehlo.add"(%1486, %1484) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1488 = "stablehlo.multiply"(%1480, %1487) : (tensor<1x128x3072xf32>, tensor<1x128x3072xf32>) -> tensor<1x128x3072xf32>
    %1489 = "stablehlo.dot_general"(%1488, %arg198) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x128x3072xf32>, tensor<3072x768xf32>) -> tensor<1x128x768xf32>
    %1490 = "stablehlo.broadcast_in_dim"(%arg188) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1491 = "stablehlo.broadcast_in_dim"(%1490) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1492 = "stablehlo.add"(%1489, %1491) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1493 = "stablehlo.add"(%1473, %1492) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1494 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1495 = "stablehlo.reduce"(%1493, %1494) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg207: tensor<f32>, %arg208: tensor<f32>):
      %1530 = "stablehlo.add"(%arg207, %arg208) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1530) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1496 = "stablehlo.broadcast_in_dim"(%1495) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1497 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1498 = "stablehlo.broadcast_in_dim"(%1497) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1499 = "stablehlo.divide"(%1496, %1498) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1500 = "stablehlo.broadcast_in_dim"(%1499) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1501 = "stablehlo.subtract"(%1493, %1500) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1502 = "chlo.square"(%1501) : (tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1503 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1504 = "stablehlo.reduce"(%1502, %1503) <{dimensions = array<i64: 2>}> ({
    ^bb0(%arg205: tensor<f32>, %arg206: tensor<f32>):
      %1529 = "stablehlo.add"(%arg205, %arg206) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%1529) : (tensor<f32>) -> ()
    }) : (tensor<1x128x768xf32>, tensor<f32>) -> tensor<1x128xf32>
    %1505 = "stablehlo.broadcast_in_dim"(%1504) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x128xf32>) -> tensor<1x128x1xf32>
    %1506 = "stablehlo.constant"() <{value = dense<7.680000e+02> : tensor<f32>}> : () -> tensor<f32>
    %1507 = "stablehlo.broadcast_in_dim"(%1506) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1508 = "stablehlo.divide"(%1505, %1507) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1509 = "stablehlo.broadcast_in_dim"(%1499) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1510 = "stablehlo.subtract"(%1493, %1509) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1511 = "stablehlo.constant"() <{value = dense<9.99999996E-13> : tensor<f32>}> : () -> tensor<f32>
    %1512 = "stablehlo.broadcast_in_dim"(%1511) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x128x1xf32>
    %1513 = "stablehlo.add"(%1508, %1512) : (tensor<1x128x1xf32>, tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1514 = "stablehlo.rsqrt"(%1513) : (tensor<1x128x1xf32>) -> tensor<1x128x1xf32>
    %1515 = "stablehlo.broadcast_in_dim"(%1514) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x128x1xf32>) -> tensor<1x128x768xf32>
    %1516 = "stablehlo.multiply"(%1510, %1515) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1517 = "stablehlo.broadcast_in_dim"(%arg196) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1518 = "stablehlo.broadcast_in_dim"(%1517) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1519 = "stablehlo.multiply"(%1516, %1518) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1520 = "stablehlo.broadcast_in_dim"(%arg195) <{broadcast_dimensions = array<i64: 2>}> : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1521 = "stablehlo.broadcast_in_dim"(%1520) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<1x1x768xf32>) -> tensor<1x128x768xf32>
    %1522 = "stablehlo.add"(%1519, %1521) : (tensor<1x128x768xf32>, tensor<1x128x768xf32>) -> tensor<1x128x768xf32>
    %1523 = "stablehlo.slice"(%1522) <{limit_indices = array<i64: 1, 1, 768>, start_indices = array<i64: 0, 0, 0>, strides = array<i64: 1, 1, 1>}> : (tensor<1x128x768xf32>) -> tensor<1x1x768xf32>
    %1524 = "stablehlo.reshape"(%1523) : (tensor<1x1x768xf32>) -> tensor<1x768xf32>
    %1525 = "stablehlo.dot_general"(%1524, %arg204) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]}> : (tensor<1x768xf32>, tensor<768x768xf32>) -> tensor<1x768xf32>
    %1526 = "stablehlo.broadcast_in_dim"(%arg203) <{broadcast_dimensions = array<i64: 1>}> : (tensor<768xf32>) -> tensor<1x768xf32>
    %1527 = "stablehlo.add"(%1525, %1526) : (tensor<1x768xf32>, tensor<1x768xf32>) -> tensor<1x768xf32>
    %1528 = "stablehlo.tanh"(%1527) : (tensor<1x768xf32>) -> tensor<1x768xf32>
    "func.return"(%1522, %1528) : (tensor<1x128x768xf32>, tensor<1x768xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<1x1x128x128xi1>, tensor<1x12x128x128xf32>, tensor<f32>) -> tensor<1x12x128x128xf32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<1x1x128x128xi1>, %arg1: tensor<1x12x128x128xf32>, %arg2: tensor<f32>):
    %0 = "stablehlo.broadcast_in_dim"(%arg0) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<1x1x128x128xi1>) -> tensor<1x12x128x128xi1>
    %1 = "stablehlo.broadcast_in_dim"(%arg2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x12x128x128xf32>
    %2 = "stablehlo.select"(%0, %arg1, %1) : (tensor<1x12x128x128xi1>, tensor<1x12x128x128xf32>, tensor<1x12x128x128xf32>) -> tensor<1x12x128x128xf32>
    "func.return"(%2) : (tensor<1x12x128x128xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
