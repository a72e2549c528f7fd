module @jit_ops_coverage_elementwise attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16xf32>, %arg1: tensor<16xf32>, %arg2: tensor<16xf32>, %arg3: tensor<16xf32>, %arg4: tensor<8xf32>) -> (tensor<16xf32> {jax.result_info = "result['abs']"}, tensor<16xf32> {jax.result_info = "result['acos']"}, tensor<16xf32> {jax.result_info = "result['acosh']"}, tensor<16xf32> {jax.result_info = "result['add']"}, tensor<16xf32> {jax.result_info = "result['asin']"}, tensor<16xf32> {jax.result_info = "result['asinh']"}, tensor<16xf32> {jax.result_info = "result['atan']"}, tensor<16xf32> {jax.result_info = "result['atan2']"}, tensor<16xf32> {jax.result_info = "result['atanh']"}, tensor<16xf32> {jax.result_info = "result['cbrt']"}, tensor<16xf32> {jax.result_info = "result['ceil']"}, tensor<16xf32> {jax.result_info = "result['clamp']"}, tensor<16xf32> {jax.result_info = "result['clamp_arr']"}, tensor<6x16xi1> {jax.result_info = "result['cmp_f']"}, tensor<4x8xi1> {jax.result_info = "result['cmp_special']"}, tensor<16xf32> {jax.result_info = "result['cos']"}, tensor<16xf32> {jax.result_info = "result['cosh']"}, tensor<16xf32> {jax.result_info = "result['digamma']"}, tensor<16xf32> {jax.result_info = "result['div']"}, tensor<16xf32> {jax.result_info = "result['erf']"}, tensor<16xf32> {jax.result_info = "result['erf_inv']"}, tensor<16xf32> {jax.result_info = "result['exp']"}, tensor<16xf32> {jax.result_info = "result['expm1']"}, tensor<16xf32> {jax.result_info = "result['floor']"}, tensor<16xf32> {jax.result_info = "result['integer_pow']"}, tensor<8xi1> {jax.result_info = "result['is_finite']"}, tensor<16xf32> {jax.result_info = "result['lgamma']"}, tensor<16xf32> {jax.result_info = "result['log']"}, tensor<16xf32> {jax.result_info = "result['log1p']"}, tensor<16xf32> {jax.result_info = "result['logistic']"}, tensor<16xf32> {jax.result_info = "result['max']"}, tensor<8xf32> {jax.result_info = "result['max_special']"}, tensor<16xf32> {jax.result_info = "result['min']"}, tensor<16xf32> {jax.result_info = "result['mul']"}, tensor<16xf32> {jax.result_info = "result['neg']"}, tensor<16xf32> {jax.result_info = "result['nextafter']"}, tensor<16xf32> {jax.result_info = "result['pow']"}, tensor<16xf32> {jax.result_info = "result['rem']"}, tensor<16xf32> {jax.result_info = "result['round_afz']"}, tensor<16xf32> {jax.result_info = "result['round_even']"}, tensor<16xf32> {jax.result_info = "result['rsqrt']"}, tensor<16xf32> {jax.result_info = "result['select']"}, tensor<16xf32> {jax.result_info = "result['select_n']"}, tensor<16xf32> {jax.result_info = "result['sign']"}, tensor<16xf32> {jax.result_info = "result['sin']"}, tensor<16xf32> {jax.result_info = "result['sinh']"}, tensor<16xf32> {jax.result_info = "result['sqrt']"}, tensor<16xf32> {jax.result_info = "result['square']"}, tensor<16xf32> {jax.result_info = "result['sub']"}, tensor<16xf32> {jax.result_info = "result['tan']"}, tensor<16xf32> {jax.result_info = "result['tanh']"}) {
    %0 = stablehlo.abs %arg0 : tensor<16xf32>
    %1 = stablehlo.negate %arg0 : tensor<16xf32>
    %2 = stablehlo.sign %arg0 : tensor<16xf32>
    %3 = stablehlo.floor %arg0 : tensor<16xf32>
    %4 = stablehlo.ceil %arg0 : tensor<16xf32>
    %5 = stablehlo.round_nearest_afz %arg0 : tensor<16xf32>
    %6 = stablehlo.round_nearest_even %arg0 : tensor<16xf32>
    %7 = stablehlo.exponential %arg0 : tensor<16xf32>
    %8 = stablehlo.exponential_minus_one %arg0 : tensor<16xf32>
    %9 = stablehlo.log %arg1 : tensor<16xf32>
    %10 = stablehlo.log_plus_one %arg1 : tensor<16xf32>
    %11 = stablehlo.sqrt %arg1 : tensor<16xf32>
    %12 = stablehlo.rsqrt %arg1 : tensor<16xf32>
    %13 = stablehlo.cbrt %arg0 : tensor<16xf32>
    %14 = stablehlo.sine %arg0 : tensor<16xf32>
    %15 = stablehlo.cosine %arg0 : tensor<16xf32>
    %16 = stablehlo.tan %arg2 : tensor<16xf32>
    %17 = stablehlo.tanh %arg0 : tensor<16xf32>
    %18 = stablehlo.negate %arg0 : tensor<16xf32>
    %19 = stablehlo.exponential %18 : tensor<16xf32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %21 = stablehlo.add %20, %19 : tensor<16xf32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %22 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %23 = stablehlo.divide %22, %21 : tensor<16xf32>
    %24 = chlo.erf %arg0 : tensor<16xf32> -> tensor<16xf32>
    %25 = chlo.asin %arg2 : tensor<16xf32> -> tensor<16xf32>
    %26 = chlo.acos %arg2 : tensor<16xf32> -> tensor<16xf32>
    %27 = chlo.atan %arg0 : tensor<16xf32> -> tensor<16xf32>
    %28 = chlo.sinh %arg0 : tensor<16xf32> -> tensor<16xf32>
    %29 = chlo.cosh %arg0 : tensor<16xf32> -> tensor<16xf32>
    %30 = chlo.asinh %arg0 : tensor<16xf32> -> tensor<16xf32>
    %cst_1 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %31 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %32 = stablehlo.add %arg1, %31 : tensor<16xf32>
    %33 = chlo.acosh %32 : tensor<16xf32> -> tensor<16xf32>
    %34 = chlo.atanh %arg2 : tensor<16xf32> -> tensor<16xf32>
    %35 = chlo.erf_inv %arg2 : tensor<16xf32> -> tensor<16xf32>
    %36 = chlo.lgamma %arg1 : tensor<16xf32> -> tensor<16xf32>
    %37 = chlo.digamma %arg1 : tensor<16xf32> -> tensor<16xf32>
    %38 = stablehlo.is_finite %arg4 : (tensor<8xf32>) -> tensor<8xi1>
    %39 = stablehlo.add %arg0, %arg3 : tensor<16xf32>
    %40 = stablehlo.subtract %arg0, %arg3 : tensor<16xf32>
    %41 = stablehlo.multiply %arg0, %arg3 : tensor<16xf32>
    %42 = stablehlo.divide %arg0, %arg1 : tensor<16xf32>
    %43 = stablehlo.maximum %arg0, %arg3 : tensor<16xf32>
    %44 = stablehlo.minimum %arg0, %arg3 : tensor<16xf32>
    %45 = stablehlo.power %arg1, %arg3 : tensor<16xf32>
    %46 = stablehlo.remainder %arg0, %arg1 : tensor<16xf32>
    %47 = stablehlo.atan2 %arg0, %arg3 : tensor<16xf32>
    %48 = stablehlo.multiply %arg0, %arg0 : tensor<16xf32>
    %49 = stablehlo.multiply %48, %arg0 : tensor<16xf32>
    %50 = chlo.square %arg0 : tensor<16xf32> -> tensor<16xf32>
    %51 = chlo.next_after %arg0, %arg3 : tensor<16xf32>, tensor<16xf32> -> tensor<16xf32>
    %cst_2 = stablehlo.constant dense<-5.000000e-01> : tensor<f32>
    %cst_3 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %52 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %53 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %54 = stablehlo.clamp %52, %arg0, %53 : tensor<16xf32>
    %55 = stablehlo.clamp %arg2, %arg0, %arg1 : tensor<16xf32>
    %56 = stablehlo.compare GT, %arg0, %arg3, FLOAT : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %57 = stablehlo.select %56, %arg0, %arg3 : tensor<16xi1>, tensor<16xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %58 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %59 = stablehlo.compare GT, %arg0, %58, FLOAT : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %60 = stablehlo.convert %59 : (tensor<16xi1>) -> tensor<16xi32>
    %cst_5 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %61 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %62 = stablehlo.compare GT, %arg0, %61, FLOAT : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %63 = stablehlo.convert %62 : (tensor<16xi1>) -> tensor<16xi32>
    %64 = stablehlo.add %60, %63 : tensor<16xi32>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %65 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %66 = stablehlo.compare LT, %64, %65, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_6 = stablehlo.constant dense<2> : tensor<i32>
    %67 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %68 = stablehlo.compare LT, %64, %67, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %69 = stablehlo.select %68, %arg3, %arg1 : tensor<16xi1>, tensor<16xf32>
    %70 = stablehlo.select %66, %arg0, %69 : tensor<16xi1>, tensor<16xf32>
    %71 = stablehlo.compare EQ, %arg0, %arg3, FLOAT : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %72 = stablehlo.compare NE, %arg0, %arg3, FLOAT : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %73 = stablehlo.compare LT, %arg0, %arg3, FLOAT : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %74 = stablehlo.compare LE, %arg0, %arg3, FLOAT : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %75 = stablehlo.compare GT, %arg0, %arg3, FLOAT : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %76 = stablehlo.compare GE, %arg0, %arg3, FLOAT : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %77 = stablehlo.broadcast_in_dim %71, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %78 = stablehlo.broadcast_in_dim %72, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %79 = stablehlo.broadcast_in_dim %73, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %80 = stablehlo.broadcast_in_dim %74, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %81 = stablehlo.broadcast_in_dim %75, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %82 = stablehlo.broadcast_in_dim %76, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %83 = stablehlo.concatenate %77, %78, %79, %80, %81, %82, dim = 0 : (tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<6x16xi1>
    %84 = stablehlo.compare EQ, %arg4, %arg4, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %85 = stablehlo.compare NE, %arg4, %arg4, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %86 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %87 = stablehlo.compare LT, %arg4, %86, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %cst_8 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %88 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %89 = stablehlo.compare GE, %arg4, %88, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %90 = stablehlo.broadcast_in_dim %84, dims = [1] : (tensor<8xi1>) -> tensor<1x8xi1>
    %91 = stablehlo.broadcast_in_dim %85, dims = [1] : (tensor<8xi1>) -> tensor<1x8xi1>
    %92 = stablehlo.broadcast_in_dim %87, dims = [1] : (tensor<8xi1>) -> tensor<1x8xi1>
    %93 = stablehlo.broadcast_in_dim %89, dims = [1] : (tensor<8xi1>) -> tensor<1x8xi1>
    %94 = stablehlo.concatenate %90, %91, %92, %93, dim = 0 : (tensor<1x8xi1>, tensor<1x8xi1>, tensor<1x8xi1>, tensor<1x8xi1>) -> tensor<4x8xi1>
    %95 = stablehlo.reverse %arg4, dims = [0] : tensor<8xf32>
    %96 = stablehlo.maximum %arg4, %95 : tensor<8xf32>
    return %0, %26, %33, %39, %25, %30, %27, %47, %34, %13, %4, %54, %55, %83, %94, %15, %29, %37, %42, %24, %35, %7, %8, %3, %49, %38, %36, %9, %10, %23, %43, %96, %44, %41, %1, %51, %45, %46, %5, %6, %12, %57, %70, %2, %14, %28, %11, %50, %40, %16, %17 : tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<6x16xi1>, tensor<4x8xi1>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<8xi1>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>
  }
}
