module @jit_ops_coverage_convert attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>, %arg1: tensor<8xf64>, %arg2: tensor<8xi64>, %arg3: tensor<8xcomplex<f32>>) -> (tensor<8xui16> {jax.result_info = "result['bc_bf16_u16']"}, tensor<8xi16> {jax.result_info = "result['bc_f16_s16']"}, tensor<8xi32> {jax.result_info = "result['bc_f32_s32']"}, tensor<8xui32> {jax.result_info = "result['bc_f32_u32']"}, tensor<8x4xui8> {jax.result_info = "result['bc_f32_u8x4']"}, tensor<8x2xf32> {jax.result_info = "result['bc_f64_f32x2']"}, tensor<8xi64> {jax.result_info = "result['bc_f64_s64']"}, tensor<8xui64> {jax.result_info = "result['bc_f64_u64']"}, tensor<8xui8> {jax.result_info = "result['bc_f8_u8']"}, tensor<8xf32> {jax.result_info = "result['bc_s32_f32']"}, tensor<8x4xi16> {jax.result_info = "result['bc_s64_s16x4']"}, tensor<8xf32> {jax.result_info = "result['bc_u8x4_f32']"}, tensor<2x8xf64> {jax.result_info = "result['c128_parts']"}, tensor<8xf32> {jax.result_info = "result['c64_abs']"}, tensor<8xcomplex<f32>> {jax.result_info = "result['c64_div']"}, tensor<8xcomplex<f32>> {jax.result_info = "result['c64_exp']"}, tensor<8xcomplex<f32>> {jax.result_info = "result['c64_log']"}, tensor<8xcomplex<f32>> {jax.result_info = "result['c64_mul']"}, tensor<8xcomplex<f32>> {jax.result_info = "result['c64_sqrt']"}, tensor<8xcomplex<f64>> {jax.result_info = "result['c64_to_c128']"}, tensor<8xcomplex<f32>> {jax.result_info = "result['complex']"}, tensor<8xbf16> {jax.result_info = "result['f32_to_bfloat16']"}, tensor<8xi1> {jax.result_info = "result['f32_to_bool']"}, tensor<8xcomplex<f32>> {jax.result_info = "result['f32_to_c64']"}, tensor<8xf16> {jax.result_info = "result['f32_to_float16']"}, tensor<8xf32> {jax.result_info = "result['f32_to_float32']"}, tensor<8xf64> {jax.result_info = "result['f32_to_float64']"}, tensor<8xi16> {jax.result_info = "result['f32_to_int16']"}, tensor<8xi32> {jax.result_info = "result['f32_to_int32']"}, tensor<8xi64> {jax.result_info = "result['f32_to_int64']"}, tensor<8xi8> {jax.result_info = "result['f32_to_int8']"}, tensor<8xui16> {jax.result_info = "result['f32_to_uint16']"}, tensor<8xui32> {jax.result_info = "result['f32_to_uint32']"}, tensor<8xui64> {jax.result_info = "result['f32_to_uint64']"}, tensor<8xui8> {jax.result_info = "result['f32_to_uint8']"}, tensor<8xf32> {jax.result_info = "result['f64_to_f32']"}, tensor<8xi64> {jax.result_info = "result['f64_to_s64']"}, tensor<8xf16> {jax.result_info = "result['s64_to_f16']"}, tensor<8xf64> {jax.result_info = "result['s64_to_f64']"}, tensor<8xi32> {jax.result_info = "result['s64_to_s32']"}, tensor<8xui64> {jax.result_info = "result['s64_to_u64']"}, tensor<8xf32> {jax.result_info = "result['via_float4_e2m1fn']"}, tensor<8xf32> {jax.result_info = "result['via_float8_e3m4']"}, tensor<8xf32> {jax.result_info = "result['via_float8_e4m3']"}, tensor<8xf32> {jax.result_info = "result['via_float8_e4m3b11fnuz']"}, tensor<8xf32> {jax.result_info = "result['via_float8_e4m3fn']"}, tensor<8xf32> {jax.result_info = "result['via_float8_e4m3fnuz']"}, tensor<8xf32> {jax.result_info = "result['via_float8_e5m2']"}, tensor<8xf32> {jax.result_info = "result['via_float8_e5m2fnuz']"}, tensor<8xf32> {jax.result_info = "result['via_float8_e8m0fnu']"}, tensor<8xf32> {jax.result_info = "result['via_int2']"}, tensor<8xf32> {jax.result_info = "result['via_int4']"}, tensor<8xf32> {jax.result_info = "result['via_uint2']"}, tensor<8xf32> {jax.result_info = "result['via_uint4']"}) {
    %0 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xi8>
    %1 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xui8>
    %2 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xi16>
    %3 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xui16>
    %4 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xi32>
    %5 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xui32>
    %6 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xi64>
    %7 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xui64>
    %8 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf16>
    %9 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xbf16>
    %10 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf64>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %12 = stablehlo.compare NE, %arg0, %11, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %13 = stablehlo.convert %12 : tensor<8xi1>
    %14 = stablehlo.convert %arg1 : (tensor<8xf64>) -> tensor<8xf32>
    %15 = stablehlo.convert %arg1 : (tensor<8xf64>) -> tensor<8xi64>
    %16 = stablehlo.convert %arg2 : (tensor<8xi64>) -> tensor<8xf64>
    %17 = stablehlo.convert %arg2 : (tensor<8xi64>) -> tensor<8xi32>
    %18 = stablehlo.convert %arg2 : (tensor<8xi64>) -> tensor<8xui64>
    %19 = stablehlo.convert %arg2 : (tensor<8xi64>) -> tensor<8xf16>
    %20 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xcomplex<f32>>
    %21 = stablehlo.convert %arg3 : (tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f64>>
    %22 = stablehlo.convert %arg3 : (tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f64>>
    %23 = stablehlo.real %22 : (tensor<8xcomplex<f64>>) -> tensor<8xf64>
    %24 = stablehlo.convert %arg3 : (tensor<8xcomplex<f32>>) -> tensor<8xcomplex<f64>>
    %25 = stablehlo.imag %24 : (tensor<8xcomplex<f64>>) -> tensor<8xf64>
    %26 = stablehlo.broadcast_in_dim %23, dims = [1] : (tensor<8xf64>) -> tensor<1x8xf64>
    %27 = stablehlo.broadcast_in_dim %25, dims = [1] : (tensor<8xf64>) -> tensor<1x8xf64>
    %28 = stablehlo.concatenate %26, %27, dim = 0 : (tensor<1x8xf64>, tensor<1x8xf64>) -> tensor<2x8xf64>
    %29 = stablehlo.negate %arg0 : tensor<8xf32>
    %30 = stablehlo.complex %arg0, %29 : tensor<8xcomplex<f32>>
    %31 = stablehlo.multiply %arg3, %arg3 : tensor<8xcomplex<f32>>
    %32 = stablehlo.real %arg3 : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %33 = stablehlo.imag %arg3 : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %34 = stablehlo.negate %33 : tensor<8xf32>
    %35 = stablehlo.complex %32, %34 : tensor<8xcomplex<f32>>
    %36 = stablehlo.add %31, %35 : tensor<8xcomplex<f32>>
    %37 = stablehlo.abs %arg3 : (tensor<8xcomplex<f32>>) -> tensor<8xf32>
    %38 = stablehlo.exponential %arg3 : tensor<8xcomplex<f32>>
    %39 = stablehlo.sqrt %arg3 : tensor<8xcomplex<f32>>
    %40 = stablehlo.log %arg3 : tensor<8xcomplex<f32>>
    %cst_0 = stablehlo.constant dense<(2.000000e+00,0.000000e+00)> : tensor<complex<f32>>
    %41 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<complex<f32>>) -> tensor<8xcomplex<f32>>
    %42 = stablehlo.add %arg3, %41 : tensor<8xcomplex<f32>>
    %43 = stablehlo.divide %arg3, %42 : tensor<8xcomplex<f32>>
    %44 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf8E4M3FN>
    %45 = stablehlo.convert %44 : (tensor<8xf8E4M3FN>) -> tensor<8xf32>
    %46 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf8E5M2>
    %47 = stablehlo.convert %46 : (tensor<8xf8E5M2>) -> tensor<8xf32>
    %48 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf8E4M3FNUZ>
    %49 = stablehlo.convert %48 : (tensor<8xf8E4M3FNUZ>) -> tensor<8xf32>
    %50 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf8E5M2FNUZ>
    %51 = stablehlo.convert %50 : (tensor<8xf8E5M2FNUZ>) -> tensor<8xf32>
    %52 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf8E4M3B11FNUZ>
    %53 = stablehlo.convert %52 : (tensor<8xf8E4M3B11FNUZ>) -> tensor<8xf32>
    %54 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf8E4M3>
    %55 = stablehlo.convert %54 : (tensor<8xf8E4M3>) -> tensor<8xf32>
    %56 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf8E3M4>
    %57 = stablehlo.convert %56 : (tensor<8xf8E3M4>) -> tensor<8xf32>
    %58 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf8E8M0FNU>
    %59 = stablehlo.convert %58 : (tensor<8xf8E8M0FNU>) -> tensor<8xf32>
    %60 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf4E2M1FN>
    %61 = stablehlo.convert %60 : (tensor<8xf4E2M1FN>) -> tensor<8xf32>
    %62 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xi4>
    %63 = stablehlo.convert %62 : (tensor<8xi4>) -> tensor<8xf32>
    %64 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xui4>
    %65 = stablehlo.convert %64 : (tensor<8xui4>) -> tensor<8xf32>
    %66 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xi2>
    %67 = stablehlo.convert %66 : (tensor<8xi2>) -> tensor<8xf32>
    %68 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xui2>
    %69 = stablehlo.convert %68 : (tensor<8xui2>) -> tensor<8xf32>
    %70 = stablehlo.bitcast_convert %arg0 : (tensor<8xf32>) -> tensor<8xi32>
    %71 = stablehlo.bitcast_convert %arg0 : (tensor<8xf32>) -> tensor<8xui32>
    %72 = stablehlo.bitcast_convert %arg0 : (tensor<8xf32>) -> tensor<8xi32>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %73 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<8xi32>
    %74 = stablehlo.add %72, %73 : tensor<8xi32>
    %75 = stablehlo.bitcast_convert %74 : (tensor<8xi32>) -> tensor<8xf32>
    %76 = stablehlo.bitcast_convert %arg1 : (tensor<8xf64>) -> tensor<8xi64>
    %77 = stablehlo.bitcast_convert %arg1 : (tensor<8xf64>) -> tensor<8xui64>
    %78 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf16>
    %79 = stablehlo.bitcast_convert %78 : (tensor<8xf16>) -> tensor<8xi16>
    %80 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xbf16>
    %81 = stablehlo.bitcast_convert %80 : (tensor<8xbf16>) -> tensor<8xui16>
    %82 = stablehlo.convert %arg0 : (tensor<8xf32>) -> tensor<8xf8E4M3FN>
    %83 = stablehlo.bitcast_convert %82 : (tensor<8xf8E4M3FN>) -> tensor<8xui8>
    %84 = stablehlo.bitcast_convert %arg0 : (tensor<8xf32>) -> tensor<8x4xui8>
    %85 = stablehlo.bitcast_convert %arg0 : (tensor<8xf32>) -> tensor<8x4xui8>
    %86 = stablehlo.bitcast_convert %85 : (tensor<8x4xui8>) -> tensor<8xf32>
    %87 = stablehlo.bitcast_convert %arg1 : (tensor<8xf64>) -> tensor<8x2xf32>
    %88 = stablehlo.bitcast_convert %arg2 : (tensor<8xi64>) -> tensor<8x4xi16>
    return %81, %79, %70, %71, %84, %87, %76, %77, %83, %75, %88, %86, %28, %37, %43, %38, %40, %36, %39, %21, %30, %9, %13, %20, %8, %arg0, %10, %2, %4, %6, %0, %3, %5, %7, %1, %14, %15, %19, %16, %17, %18, %61, %57, %55, %53, %45, %49, %47, %51, %59, %67, %63, %69, %65 : tensor<8xui16>, tensor<8xi16>, tensor<8xi32>, tensor<8xui32>, tensor<8x4xui8>, tensor<8x2xf32>, tensor<8xi64>, tensor<8xui64>, tensor<8xui8>, tensor<8xf32>, tensor<8x4xi16>, tensor<8xf32>, tensor<2x8xf64>, tensor<8xf32>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f32>>, tensor<8xcomplex<f64>>, tensor<8xcomplex<f32>>, tensor<8xbf16>, tensor<8xi1>, tensor<8xcomplex<f32>>, tensor<8xf16>, tensor<8xf32>, tensor<8xf64>, tensor<8xi16>, tensor<8xi32>, tensor<8xi64>, tensor<8xi8>, tensor<8xui16>, tensor<8xui32>, tensor<8xui64>, tensor<8xui8>, tensor<8xf32>, tensor<8xi64>, tensor<8xf16>, tensor<8xf64>, tensor<8xi32>, tensor<8xui64>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
  }
}
