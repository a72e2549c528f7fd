"builtin.module"() <{sym_name = "jit_ops_coverage_elementwise"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}], function_type = (tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<8xf32>) -> (tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<6x16xi1>, tensor<4x8xi1>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<8xi1>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>), res_attrs = [{jax.result_info = "result['abs']"}, {jax.result_info = "result['acos']"}, {jax.result_info = "result['acosh']"}, {jax.result_info = "result['add']"}, {jax.result_info = "result['asin']"}, {jax.result_info = "result['asinh']"}, {jax.result_info = "result['atan']"}, {jax.result_info = "result['atan2']"}, {jax.result_info = "result['atanh']"}, {jax.result_info = "result['cbrt']"}, {jax.result_info = "result['ceil']"}, {jax.result_info = "result['clamp']"}, {jax.result_info = "result['clamp_arr']"}, {jax.result_info = "result['cmp_f']"}, {jax.result_info = "result['cmp_special']"}, {jax.result_info = "result['cos']"}, {jax.result_info = "result['cosh']"}, {jax.result_info = "result['digamma']"}, {jax.result_info = "result['div']"}, {jax.result_info = "result['erf']"}, {jax.result_info = "result['erf_inv']"}, {jax.result_info = "result['exp']"}, {jax.result_info = "result['expm1']"}, {jax.result_info = "result['floor']"}, {jax.result_info = "result['integer_pow']"}, {jax.result_info = "result['is_finite']"}, {jax.result_info = "result['lgamma']"}, {jax.result_info = "result['log']"}, {jax.result_info = "result['log1p']"}, {jax.result_info = "result['logistic']"}, {jax.result_info = "result['max']"}, {jax.result_info = "result['max_special']"}, {jax.result_info = "result['min']"}, {jax.result_info = "result['mul']"}, {jax.result_info = "result['neg']"}, {jax.result_info = "result['nextafter']"}, {jax.result_info = "result['pow']"}, {jax.result_info = "result['rem']"}, {jax.result_info = "result['round_afz']"}, {jax.result_info = "result['round_even']"}, {jax.result_info = "result['rsqrt']"}, {jax.result_info = "result['select']"}, {jax.result_info = "result['select_n']"}, {jax.result_info = "result['sign']"}, {jax.result_info = "result['sin']"}, {jax.result_info = "result['sinh']"}, {jax.result_info = "result['sqrt']"}, {jax.result_info = "result['square']"}, {jax.result_info = "result['sub']"}, {jax.result_info = "result['tan']"}, {jax.result_info = "result['tanh']"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg0: tensor<16xf32>, %arg1: tensor<16xf32>, %arg2: tensor<16xf32>, %arg3: tensor<16xf32>, %arg4: tensor<8xf32>):
    %0 = "stablehlo.abs"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %1 = "stablehlo.negate"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %2 = "stablehlo.sign"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %3 = "stablehlo.floor"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %4 = "stablehlo.ceil"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %5 = "stablehlo.round_nearest_afz"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %6 = "stablehlo.round_nearest_even"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %7 = "stablehlo.exponential"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %8 = "stablehlo.exponential_minus_one"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %9 = "stablehlo.log"(%arg1) : (tensor<16xf32>) -> tensor<16xf32>
    %10 = "stablehlo.log_plus_one"(%arg1) : (tensor<16xf32>) -> tensor<16xf32>
    %11 = "stablehlo.sqrt"(%arg1) : (tensor<16xf32>) -> tensor<16xf32>
    %12 = "stablehlo.rsqrt"(%arg1) : (tensor<16xf32>) -> tensor<16xf32>
    %13 = "stablehlo.cbrt"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %14 = "stablehlo.sine"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %15 = "stablehlo.cosine"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %16 = "stablehlo.tan"(%arg2) : (tensor<16xf32>) -> tensor<16xf32>
    %17 = "stablehlo.tanh"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %18 = "stablehlo.negate"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %19 = "stablehlo.exponential"(%18) : (tensor<16xf32>) -> tensor<16xf32>
    %20 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.broadcast_in_dim"(%20) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %22 = "stablehlo.add"(%21, %19) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %23 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %25 = "stablehlo.divide"(%24, %22) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %26 = "chlo.erf"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %27 = "chlo.asin"(%arg2) : (tensor<16xf32>) -> tensor<16xf32>
    %28 = "chlo.acos"(%arg2) : (tensor<16xf32>) -> tensor<16xf32>
    %29 = "chlo.atan"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %30 = "chlo.sinh"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %31 = "chlo.cosh"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %32 = "chlo.asinh"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %33 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %34 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %35 = "stablehlo.add"(%arg1, %34) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %36 = "chlo.acosh"(%35) : (tensor<16xf32>) -> tensor<16xf32>
    %37 = "chlo.atanh"(%arg2) : (tensor<16xf32>) -> tensor<16xf32>
    %38 = "chlo.erf_inv"(%arg2) : (tensor<16xf32>) -> tensor<16xf32>
    %39 = "chlo.lgamma"(%arg1) : (tensor<16xf32>) -> tensor<16xf32>
    %40 = "chlo.digamma"(%arg1) : (tensor<16xf32>) -> tensor<16xf32>
    %41 = "stablehlo.is_finite"(%arg4) : (tensor<8xf32>) -> tensor<8xi1>
    %42 = "stablehlo.add"(%arg0, %arg3) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %43 = "stablehlo.subtract"(%arg0, %arg3) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %44 = "stablehlo.multiply"(%arg0, %arg3) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %45 = "stablehlo.divide"(%arg0, %arg1) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %46 = "stablehlo.maximum"(%arg0, %arg3) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %47 = "stablehlo.minimum"(%arg0, %arg3) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %48 = "stablehlo.power"(%arg1, %arg3) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %49 = "stablehlo.remainder"(%arg0, %arg1) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %50 = "stablehlo.atan2"(%arg0, %arg3) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %51 = "stablehlo.multiply"(%arg0, %arg0) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %52 = "stablehlo.multiply"(%51, %arg0) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %53 = "chlo.square"(%arg0) : (tensor<16xf32>) -> tensor<16xf32>
    %54 = "chlo.next_after"(%arg0, %arg3) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %55 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %56 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %57 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %58 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %59 = "stablehlo.clamp"(%57, %arg0, %58) : (tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %60 = "stablehlo.clamp"(%arg2, %arg0, %arg1) : (tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %61 = "stablehlo.compare"(%arg0, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %62 = "stablehlo.select"(%61, %arg0, %arg3) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %63 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %65 = "stablehlo.compare"(%arg0, %64) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %66 = "stablehlo.convert"(%65) : (tensor<16xi1>) -> tensor<16xi32>
    %67 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %68 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<16xf32>
    %69 = "stablehlo.compare"(%arg0, %68) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %70 = "stablehlo.convert"(%69) : (tensor<16xi1>) -> tensor<16xi32>
    %71 = "stablehlo.add"(%66, %70) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %72 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %73 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %74 = "stablehlo.compare"(%71, %73) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %75 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %77 = "stablehlo.compare"(%71, %76) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %78 = "stablehlo.select"(%77, %arg3, %arg1) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %79 = "stablehlo.select"(%74, %arg0, %78) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %80 = "stablehlo.compare"(%arg0, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %81 = "stablehlo.compare"(%arg0, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %82 = "stablehlo.compare"(%arg0, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %83 = "stablehlo.compare"(%arg0, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %84 = "stablehlo.compare"(%arg0, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %85 = "stablehlo.compare"(%arg0, %arg3) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xi1>
    %86 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %87 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %88 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %89 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %90 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %91 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %92 = "stablehlo.concatenate"(%86, %87, %88, %89, %90, %91) <{dimension = 0 : i64}> : (tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<6x16xi1>
    %93 = "stablehlo.compare"(%arg4, %arg4) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %94 = "stablehlo.compare"(%arg4, %arg4) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %95 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %96 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %97 = "stablehlo.compare"(%arg4, %96) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %98 = "stablehlo.constant"() <{value = dense<-1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %99 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %100 = "stablehlo.compare"(%arg4, %99) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %101 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xi1>) -> tensor<1x8xi1>
    %102 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xi1>) -> tensor<1x8xi1>
    %103 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xi1>) -> tensor<1x8xi1>
    %104 = "stablehlo.broadcast_in_dim"(%100) <{broadcast_dimensions = array<i64: 1>}> : (tensor<8xi1>) -> tensor<1x8xi1>
    %105 = "stablehlo.concatenate"(%101, %102, %103, %104) <{dimension = 0 : i64}> : (tensor<1x8xi1>, tensor<1x8xi1>, tensor<1x8xi1>, tensor<1x8xi1>) -> tensor<4x8xi1>
    %106 = "stablehlo.reverse"(%arg4) <{dimensions = array<i64: 0>}> : (tensor<8xf32>) -> tensor<8xf32>
    %107 = "stablehlo.maximum"(%arg4, %106) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%0, %28, %36, %42, %27, %32, %29, %50, %37, %13, %4, %59, %60, %92, %105, %15, %31, %40, %45, %26, %38, %7, %8, %3, %52, %41, %39, %9, %10, %25, %46, %107, %47, %44, %1, %54, %48, %49, %5, %6, %12, %62, %79, %2, %14, %30, %11, %53, %43, %16, %17) : (tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<6x16xi1>, tensor<4x8xi1>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<8xi1>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<8xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
