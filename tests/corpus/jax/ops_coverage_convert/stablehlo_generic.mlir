"builtin.module"() <{sym_name = "jit_ops_coverage_convert"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf64>, tensor<8xi64>, tensor<8xcomplex<f32>>) -> (tensor<8xui16>, tensor<8xi16>, tensor<8xi32>, tensor<8xui32>, tensor<8x4xui8>, tensor<8x2xf32>, tensor<8xi64>, tensor<8xui64>, tensor<8xui8>, tensor<8xf32>, tensor<8x4xi16>, tensor<8xf32>, tensor<2x8xf64>, tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f64>>, tensor<8xcomplex<f32>>, tensor<8xbf16>, tensor<8xi1>, tensor<8xcomplex<f32>>, tensor<8xf16>, tensor<8xf32>, tensor<8xf64>, tensor<8xi16>, tensor<8xi32>, tensor<8xi64>, tensor<8xi8>, tensor<8xui16>, tensor<8xui32>, tensor<8xui64>, tensor<8xui8>, tensor<8xf32>, tensor<8xi64>, tensor<8xf16>, tensor<8xf64>, tensor<8xi32>, tensor<8xui64>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>), res_attrs = [{jax.result_info = "result['bc_bf16_u16']"}, {jax.result_info = "result['bc_f16_s16']"}, {jax.result_info = "result['bc_f32_s32']"}, {jax.result_info = "result['bc_f32_u32']"}, {jax.result_info = "result['bc_f32_u8x4']"}, {jax.result_info = "result['bc_f64_f32x2']"}, {jax.result_info = "result['bc_f64_s64']"}, {jax.result_info = "result['bc_f64_u64']"}, {jax.result_info = "result['bc_f8_u8']"}, {jax.result_info = "result['bc_s32_f32']"}, {jax.result_info = "result['bc_s64_s16x4']"}, {jax.result_info = "result['bc_u8x4_f32']"}, {jax.result_info = "result['c128_parts']"}, {jax.result_info = "result['c64_abs']"}, {jax.result_info = "result['c64_div']"}, {jax.result_info = "result['c64_exp']"}, {jax.result_info = "result['c64_log']"}, {jax.result_info = "result['c64_mul']"}, {jax.result_info = "result['c64_sqrt']"}, {jax.result_info = "result['c64_to_c128']"}, {jax.result_info = "result['complex']"}, {jax.result_info = "result['f32_to_bfloat16']"}, {jax.result_info = "result['f32_to_bool']"}, {jax.result_info = "result['f32_to_c64']"}, {jax.result_info = "result['f32_to_float16']"}, {jax.result_info = "result['f32_to_float32']"}, {jax.result_info = "result['f32_to_float64']"}, {jax.result_info = "result['f32_to_int16']"}, {jax.result_info = "result['f32_to_int32']"}, {jax.result_info = "result['f32_to_int64']"}, {jax.result_info = "result['f32_to_int8']"}, {jax.result_info = "result['f32_to_uint16']"}, {jax.result_info = "result['f32_to_uint32']"}, {jax.result_info = "result['f32_to_uint64']"}, {jax.result_info = "result['f32_to_uint8']"}, {jax.result_info = "result['f64_to_f32']"}, {jax.result_info = "result['f64_to_s64']"}, {jax.result_info = "result['s64_to_f16']"}, {jax.result_info = "result['s64_to_f64']"}, {jax.result_info = "result['s64_to_s32']"}, {jax.result_info = "result['s64_to_u64']"}, {jax.result_info = "result['via_float4_e2m1fn']"}, {jax.result_info = "result['via_float8_e3m4']"}, {jax.result_info = "result['via_float8_e4m3']"}, {jax.result_info = "result['via_float8_e4m3b11fnuz']"}, {jax.result_info = "result['via_float8_e4m3fn']"}, {jax.result_info = "result['via_float8_e4m3fnuz']"}, {jax.result_info = "result['via_float8_e5m2']"}, {jax.result_info = "result['via_float8_e5m2fnuz']"}, {jax.result_info = "result['via_float8_e8m0fnu']"}, {jax.result_info = "result['via_int2']"}, {jax.result_info = "result['via_int4']"}, {jax.result_info = "result['via_uint2']"}, {jax.result_info = "result['via_uint4']"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<8xf32>, %arg1: tensor<8xf64>, %arg2: tensor<8xi64>, %arg3: tensor<8xcomplex<f32>>):
    %0 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xi8>
    %1 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xui8>
    %2 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xi16>
    %3 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xui16>
    %4 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xi32>
    %5 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xui32>
    %6 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xi64>
    %7 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xui64>
    %8 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf16>
    %9 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xbf16>
    %10 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf64>
    %11 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %13 = "stablehlo.compare"(%arg0, %12) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %14 = "stablehlo.convert"(%13) : (tensor<8xi1>) -> tensor<8xi1>
    %15 = "stablehlo.convert"(%arg1) : (tensor<8xf64>) -> tensor<8xf32>
    %16 = "stablehlo.convert"(%arg1) : (tensor<8xf64>) -> tensor<8xi64>
    %17 = "stablehlo.convert"(%arg2) : (tensor<8xi64>) -> tensor<8xf64>
    %18 = "stablehlo.convert"(%arg2) : (tensor<8xi64>) -> tensor<8xi32>
    %19 = "stablehlo.convert"(%arg2) : (tensor<8xi64>) -> tensor<8xui64>
    %20 = "stablehlo.convert"(%arg2) : (tensor<8xi64>) -> tensor<8xf16>
    %21 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %22 = "stablehlo.convert"(%arg3) : (tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f64>>
    %23 = "stablehlo.convert"(%arg3) : (tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f64>>
    %24 = "stablehlo.real"(%23) : (tensor<8xcomplex<f64>>) -> tensor<8xf64>
    %25 = "stablehlo.convert"(%arg3) : (tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f64>>
    %26 = "stablehlo.imag"(%25) : (tensor<8xcomplex<f64>>) -> tensor<8xf64>
    %27 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf64>) -> tensor<1x8xf64>
    %28 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xf64>) -> tensor<1x8xf64>
    %29 = "stablehlo.concatenate"(%27, %28) <{dimension = 0 : i64}> : (tensor<1x8xf64>, tensor<1x8xf64>) -> tensor<2x8xf64>
    %30 = "stablehlo.negate"(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %31 = "stablehlo.complex"(%arg0, %30) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %32 = "stablehlo.multiply"(%arg3, %arg3) : (tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f32>>
    %33 = "stablehlo.real"(%arg3) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %34 = "stablehlo.imag"(%arg3) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %35 = "stablehlo.negate"(%34) : (tensor<8xf32>) -> tensor<8xf32>
    %36 = "stablehlo.complex"(%33, %35) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %37 = "stablehlo.add"(%32, %36) : (tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f32>>
    %38 = "stablehlo.abs"(%arg3) : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %39 = "stablehlo.exponential"(%arg3) : (tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f32>>
    %40 = "stablehlo.sqrt"(%arg3) : (tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f32>>
    %41 = "stablehlo.log"(%arg3) : (tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f32>>
    %42 = "stablehlo.constant"() <{value = dense<(2.000000e+00,0.000000e+00)> : tensor<complex<f32>>}> : () -> tensor<complex<f32>>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<complex<f32>>) -> tensor<8xcomplex<f32>>
    %44 = "stablehlo.add"(%arg3, %43) : (tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f32>>
    %45 = "stablehlo.divide"(%arg3, %44) : (tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f32>>
    %46 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf8E4M3FN>
    %47 = "stablehlo.convert"(%46) : (tensor<8xf8E4M3FN>) -> tensor<8xf32>
    %48 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf8E5M2>
    %49 = "stablehlo.convert"(%48) : (tensor<8xf8E5M2>) -> tensor<8xf32>
    %50 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf8E4M3FNUZ>
    %51 = "stablehlo.convert"(%50) : (tensor<8xf8E4M3FNUZ>) -> tensor<8xf32>
    %52 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf8E5M2FNUZ>
    %53 = "stablehlo.convert"(%52) : (tensor<8xf8E5M2FNUZ>) -> tensor<8xf32>
    %54 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf8E4M3B11FNUZ>
    %55 = "stablehlo.convert"(%54) : (tensor<8xf8E4M3B11FNUZ>) -> tensor<8xf32>
    %56 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf8E4M3>
    %57 = "stablehlo.convert"(%56) : (tensor<8xf8E4M3>) -> tensor<8xf32>
    %58 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf8E3M4>
    %59 = "stablehlo.convert"(%58) : (tensor<8xf8E3M4>) -> tensor<8xf32>
    %60 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf8E8M0FNU>
    %61 = "stablehlo.convert"(%60) : (tensor<8xf8E8M0FNU>) -> tensor<8xf32>
    %62 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf4E2M1FN>
    %63 = "stablehlo.convert"(%62) : (tensor<8xf4E2M1FN>) -> tensor<8xf32>
    %64 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xi4>
    %65 = "stablehlo.convert"(%64) : (tensor<8xi4>) -> tensor<8xf32>
    %66 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xui4>
    %67 = "stablehlo.convert"(%66) : (tensor<8xui4>) -> tensor<8xf32>
    %68 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xi2>
    %69 = "stablehlo.convert"(%68) : (tensor<8xi2>) -> tensor<8xf32>
    %70 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xui2>
    %71 = "stablehlo.convert"(%70) : (tensor<8xui2>) -> tensor<8xf32>
    %72 = "stablehlo.bitcast_convert"(%arg0) : (tensor<8xf32>) -> tensor<8xi32>
    %73 = "stablehlo.bitcast_convert"(%arg0) : (tensor<8xf32>) -> tensor<8xui32>
    %74 = "stablehlo.bitcast_convert"(%arg0) : (tensor<8xf32>) -> tensor<8xi32>
    %75 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %77 = "stablehlo.add"(%74, %76) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %78 = "stablehlo.bitcast_convert"(%77) : (tensor<8xi32>) -> tensor<8xf32>
    %79 = "stablehlo.bitcast_convert"(%arg1) : (tensor<8xf64>) -> tensor<8xi64>
    %80 = "stablehlo.bitcast_convert"(%arg1) : (tensor<8xf64>) -> tensor<8xui64>
    %81 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf16>
    %82 = "stablehlo.bitcast_convert"(%81) : (tensor<8xf16>) -> tensor<8xi16>
    %83 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xbf16>
    %84 = "stablehlo.bitcast_convert"(%83) : (tensor<8xbf16>) -> tensor<8xui16>
    %85 = "stablehlo.convert"(%arg0) : (tensor<8xf32>) -> tensor<8xf8E4M3FN>
    %86 = "stablehlo.bitcast_convert"(%85) : (tensor<8xf8E4M3FN>) -> tensor<8xui8>
    %87 = "stablehlo.bitcast_convert"(%arg0) : (tensor<8xf32>) -> tensor<8x4xui8>
    %88 = "stablehlo.bitcast_convert"(%arg0) : (tensor<8xf32>) -> tensor<8x4xui8>
    %89 = "stablehlo.bitcast_convert"(%88) : (tensor<8x4xui8>) -> tensor<8xf32>
    %90 = "stablehlo.bitcast_convert"(%arg1) : (tensor<8xf64>) -> tensor<8x2xf32>
    %91 = "stablehlo.bitcast_convert"(%arg2) : (tensor<8xi64>) -> tensor<8x4xi16>
    "func.return"(%84, %82, %72, %73, %87, %90, %79, %80, %86, %78, %91, %89, %29, %38, %45, %39, %41, %37, %40, %22, %31, %9, %14, %21, %8, %arg0, %10, %2, %4, %6, %0, %3, %5, %7, %1, %15, %16, %20, %17, %18, %19, %63, %59, %57, %55, %47, %51, %49, %53, %61, %69, %65, %71, %67) : (tensor<8xui16>, tensor<8xi16>, tensor<8xi32>, tensor<8xui32>, tensor<8x4xui8>, tensor<8x2xf32>, tensor<8xi64>, tensor<8xui64>, tensor<8xui8>, tensor<8xf32>, tensor<8x4xi16>, tensor<8xf32>, tensor<2x8xf64>, tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f64>>, tensor<8xcomplex<f32>>, tensor<8xbf16>, tensor<8xi1>, tensor<8xcomplex<f32>>, tensor<8xf16>, tensor<8xf32>, tensor<8xf64>, tensor<8xi16>, tensor<8xi32>, tensor<8xi64>, tensor<8xi8>, tensor<8xui16>, tensor<8xui32>, tensor<8xui64>, tensor<8xui8>, tensor<8xf32>, tensor<8xi64>, tensor<8xf16>, tensor<8xf64>, tensor<8xi32>, tensor<8xui64>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
