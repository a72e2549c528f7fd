module @jit_ops_coverage_integer attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<16xi32>, %arg1: tensor<16xi32>, %arg2: tensor<16xui32>, %arg3: tensor<16xi32>, %arg4: tensor<16xi8>, %arg5: tensor<16xui16>) -> (tensor<16xi32> {jax.result_info = "result['abs']"}, tensor<16xi32> {jax.result_info = "result['add']"}, tensor<16xi32> {jax.result_info = "result['and']"}, tensor<16xi1> {jax.result_info = "result['and_bool']"}, tensor<16xi32> {jax.result_info = "result['clz']"}, tensor<16xui32> {jax.result_info = "result['clz_u']"}, tensor<6x16xi1> {jax.result_info = "result['cmp_s']"}, tensor<6x16xi1> {jax.result_info = "result['cmp_u']"}, tensor<16xi1> {jax.result_info = "result['cmp_u16']"}, tensor<16xi32> {jax.result_info = "result['div']"}, tensor<16xui32> {jax.result_info = "result['div_u']"}, tensor<16xi32> {jax.result_info = "result['floordiv']"}, tensor<16xi8> {jax.result_info = "result['i8_clamp']"}, tensor<16xi8> {jax.result_info = "result['i8_ops']"}, tensor<16xi32> {jax.result_info = "result['ipow']"}, tensor<16xi32> {jax.result_info = "result['max']"}, tensor<16xui32> {jax.result_info = "result['max_u']"}, tensor<16xi32> {jax.result_info = "result['min']"}, tensor<16xi32> {jax.result_info = "result['mod']"}, tensor<16xi32> {jax.result_info = "result['mul']"}, tensor<16xi32> {jax.result_info = "result['neg']"}, tensor<16xi32> {jax.result_info = "result['not']"}, tensor<16xi1> {jax.result_info = "result['not_bool']"}, tensor<16xui32> {jax.result_info = "result['not_u']"}, tensor<16xi32> {jax.result_info = "result['or']"}, tensor<16xi1> {jax.result_info = "result['or_bool']"}, tensor<16xi32> {jax.result_info = "result['popcnt']"}, tensor<16xui32> {jax.result_info = "result['popcnt_u']"}, tensor<16xi32> {jax.result_info = "result['pow']"}, tensor<16xi32> {jax.result_info = "result['rem']"}, tensor<16xui32> {jax.result_info = "result['rem_u']"}, tensor<16xi32> {jax.result_info = "result['shl']"}, tensor<16xi32> {jax.result_info = "result['shl_oob']"}, tensor<16xui32> {jax.result_info = "result['shl_u']"}, tensor<16xi32> {jax.result_info = "result['shra']"}, tensor<16xi32> {jax.result_info = "result['shrl']"}, tensor<16xui32> {jax.result_info = "result['shrl_u']"}, tensor<16xi32> {jax.result_info = "result['sign']"}, tensor<16xi32> {jax.result_info = "result['sub']"}, tensor<16xui16> {jax.result_info = "result['u16_ops']"}, tensor<16xi32> {jax.result_info = "result['xor']"}, tensor<16xi1> {jax.result_info = "result['xor_bool']"}) {
    %0 = stablehlo.convert %arg3 : (tensor<16xi32>) -> tensor<16xui32>
    %1 = stablehlo.add %arg0, %arg1 : tensor<16xi32>
    %2 = stablehlo.subtract %arg0, %arg1 : tensor<16xi32>
    %3 = stablehlo.multiply %arg0, %arg1 : tensor<16xi32>
    %4 = stablehlo.divide %arg0, %arg1 : tensor<16xi32>
    %5 = stablehlo.remainder %arg0, %arg1 : tensor<16xi32>
    %6 = call @floor_divide(%arg0, %arg1) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %7 = call @remainder(%arg0, %arg1) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %8 = stablehlo.maximum %arg0, %arg1 : tensor<16xi32>
    %9 = stablehlo.minimum %arg0, %arg1 : tensor<16xi32>
    %10 = stablehlo.abs %arg0 : tensor<16xi32>
    %11 = stablehlo.negate %arg0 : tensor<16xi32>
    %12 = stablehlo.sign %arg0 : tensor<16xi32>
    %c = stablehlo.constant dense<5> : tensor<i32>
    %13 = call @remainder_0(%arg3, %c) : (tensor<16xi32>, tensor<i32>) -> tensor<16xi32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %14 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %15 = stablehlo.compare EQ, %arg1, %14, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %16 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %17 = stablehlo.compare NE, %13, %16, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %18 = stablehlo.and %15, %17 : tensor<16xi1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %c_3 = stablehlo.constant dense<1> : tensor<i32>
    %19 = call @_where_2(%18, %c_2, %c_3) : (tensor<16xi1>, tensor<i32>, tensor<i32>) -> tensor<16xi32>
    %c_4 = stablehlo.constant dense<1> : tensor<i32>
    %20 = stablehlo.broadcast_in_dim %c_4, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %21 = stablehlo.and %13, %20 : tensor<16xi32>
    %22 = stablehlo.multiply %19, %arg1 : tensor<16xi32>
    %23 = call @_where_3(%21, %22, %19) : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %24 = stablehlo.multiply %arg1, %arg1 : tensor<16xi32>
    %c_5 = stablehlo.constant dense<1> : tensor<i32>
    %25 = stablehlo.broadcast_in_dim %c_5, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %26 = stablehlo.shift_right_logical %13, %25 : tensor<16xi32>
    %c_6 = stablehlo.constant dense<1> : tensor<i32>
    %27 = stablehlo.broadcast_in_dim %c_6, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %28 = stablehlo.and %26, %27 : tensor<16xi32>
    %29 = stablehlo.multiply %23, %24 : tensor<16xi32>
    %30 = call @_where_3(%28, %29, %23) : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %31 = stablehlo.multiply %24, %24 : tensor<16xi32>
    %c_7 = stablehlo.constant dense<1> : tensor<i32>
    %32 = stablehlo.broadcast_in_dim %c_7, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %33 = stablehlo.shift_right_logical %26, %32 : tensor<16xi32>
    %c_8 = stablehlo.constant dense<1> : tensor<i32>
    %34 = stablehlo.broadcast_in_dim %c_8, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %35 = stablehlo.and %33, %34 : tensor<16xi32>
    %36 = stablehlo.multiply %30, %31 : tensor<16xi32>
    %37 = call @_where_3(%35, %36, %30) : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %38 = stablehlo.multiply %31, %31 : tensor<16xi32>
    %c_9 = stablehlo.constant dense<1> : tensor<i32>
    %39 = stablehlo.broadcast_in_dim %c_9, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %40 = stablehlo.shift_right_logical %33, %39 : tensor<16xi32>
    %c_10 = stablehlo.constant dense<1> : tensor<i32>
    %41 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %42 = stablehlo.and %40, %41 : tensor<16xi32>
    %43 = stablehlo.multiply %37, %38 : tensor<16xi32>
    %44 = call @_where_3(%42, %43, %37) : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %45 = stablehlo.multiply %38, %38 : tensor<16xi32>
    %c_11 = stablehlo.constant dense<1> : tensor<i32>
    %46 = stablehlo.broadcast_in_dim %c_11, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %47 = stablehlo.shift_right_logical %40, %46 : tensor<16xi32>
    %c_12 = stablehlo.constant dense<1> : tensor<i32>
    %48 = stablehlo.broadcast_in_dim %c_12, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %49 = stablehlo.and %47, %48 : tensor<16xi32>
    %50 = stablehlo.multiply %44, %45 : tensor<16xi32>
    %51 = call @_where_3(%49, %50, %44) : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %52 = stablehlo.multiply %45, %45 : tensor<16xi32>
    %c_13 = stablehlo.constant dense<1> : tensor<i32>
    %53 = stablehlo.broadcast_in_dim %c_13, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %54 = stablehlo.shift_right_logical %47, %53 : tensor<16xi32>
    %c_14 = stablehlo.constant dense<1> : tensor<i32>
    %55 = stablehlo.broadcast_in_dim %c_14, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %56 = stablehlo.and %54, %55 : tensor<16xi32>
    %57 = stablehlo.multiply %51, %52 : tensor<16xi32>
    %58 = call @_where_3(%56, %57, %51) : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %59 = stablehlo.multiply %arg1, %arg1 : tensor<16xi32>
    %60 = stablehlo.multiply %59, %arg1 : tensor<16xi32>
    %61 = stablehlo.and %arg0, %arg1 : tensor<16xi32>
    %62 = stablehlo.or %arg0, %arg1 : tensor<16xi32>
    %63 = stablehlo.xor %arg0, %arg1 : tensor<16xi32>
    %64 = stablehlo.not %arg0 : tensor<16xi32>
    %65 = stablehlo.not %arg2 : tensor<16xui32>
    %c_15 = stablehlo.constant dense<0> : tensor<i32>
    %66 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %67 = stablehlo.compare GT, %arg0, %66, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_16 = stablehlo.constant dense<5> : tensor<i32>
    %68 = stablehlo.broadcast_in_dim %c_16, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %69 = stablehlo.compare GT, %arg1, %68, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %70 = stablehlo.and %67, %69 : tensor<16xi1>
    %c_17 = stablehlo.constant dense<0> : tensor<i32>
    %71 = stablehlo.broadcast_in_dim %c_17, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %72 = stablehlo.compare GT, %arg0, %71, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_18 = stablehlo.constant dense<5> : tensor<i32>
    %73 = stablehlo.broadcast_in_dim %c_18, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %74 = stablehlo.compare GT, %arg1, %73, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %75 = stablehlo.or %72, %74 : tensor<16xi1>
    %c_19 = stablehlo.constant dense<0> : tensor<i32>
    %76 = stablehlo.broadcast_in_dim %c_19, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %77 = stablehlo.compare GT, %arg0, %76, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %78 = stablehlo.not %77 : tensor<16xi1>
    %c_20 = stablehlo.constant dense<0> : tensor<i32>
    %79 = stablehlo.broadcast_in_dim %c_20, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %80 = stablehlo.compare GT, %arg0, %79, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_21 = stablehlo.constant dense<5> : tensor<i32>
    %81 = stablehlo.broadcast_in_dim %c_21, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %82 = stablehlo.compare GT, %arg1, %81, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %83 = stablehlo.xor %80, %82 : tensor<16xi1>
    %84 = stablehlo.shift_left %arg0, %arg3 : tensor<16xi32>
    %85 = stablehlo.shift_right_arithmetic %arg0, %arg3 : tensor<16xi32>
    %86 = stablehlo.shift_right_logical %arg0, %arg3 : tensor<16xi32>
    %87 = stablehlo.shift_left %arg2, %0 : tensor<16xui32>
    %88 = stablehlo.shift_right_logical %arg2, %0 : tensor<16xui32>
    %c_22 = stablehlo.constant dense<20> : tensor<i32>
    %89 = stablehlo.broadcast_in_dim %c_22, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %90 = stablehlo.add %arg3, %89 : tensor<16xi32>
    %91 = stablehlo.shift_left %arg1, %90 : tensor<16xi32>
    %92 = stablehlo.count_leading_zeros %arg0 : tensor<16xi32>
    %93 = stablehlo.count_leading_zeros %arg2 : tensor<16xui32>
    %94 = stablehlo.popcnt %arg0 : tensor<16xi32>
    %95 = stablehlo.popcnt %arg2 : tensor<16xui32>
    %c_23 = stablehlo.constant dense<1> : tensor<ui32>
    %96 = stablehlo.broadcast_in_dim %c_23, dims = [] : (tensor<ui32>) -> tensor<16xui32>
    %97 = stablehlo.add %0, %96 : tensor<16xui32>
    %98 = stablehlo.divide %arg2, %97 : tensor<16xui32>
    %c_24 = stablehlo.constant dense<1> : tensor<ui32>
    %99 = stablehlo.broadcast_in_dim %c_24, dims = [] : (tensor<ui32>) -> tensor<16xui32>
    %100 = stablehlo.add %0, %99 : tensor<16xui32>
    %101 = stablehlo.remainder %arg2, %100 : tensor<16xui32>
    %102 = stablehlo.maximum %arg2, %0 : tensor<16xui32>
    %103 = stablehlo.compare EQ, %arg0, %arg1, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %104 = stablehlo.compare NE, %arg0, %arg1, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %105 = stablehlo.compare LT, %arg0, %arg1, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %106 = stablehlo.compare LE, %arg0, %arg1, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %107 = stablehlo.compare GT, %arg0, %arg1, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %108 = stablehlo.compare GE, %arg0, %arg1, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %109 = stablehlo.broadcast_in_dim %103, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %110 = stablehlo.broadcast_in_dim %104, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %111 = stablehlo.broadcast_in_dim %105, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %112 = stablehlo.broadcast_in_dim %106, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %113 = stablehlo.broadcast_in_dim %107, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %114 = stablehlo.broadcast_in_dim %108, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %115 = stablehlo.concatenate %109, %110, %111, %112, %113, %114, dim = 0 : (tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<6x16xi1>
    %116 = stablehlo.compare EQ, %arg2, %0, UNSIGNED : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %117 = stablehlo.compare NE, %arg2, %0, UNSIGNED : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %118 = stablehlo.compare LT, %arg2, %0, UNSIGNED : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %119 = stablehlo.compare LE, %arg2, %0, UNSIGNED : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %120 = stablehlo.compare GT, %arg2, %0, UNSIGNED : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %121 = stablehlo.compare GE, %arg2, %0, UNSIGNED : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %122 = stablehlo.broadcast_in_dim %116, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %123 = stablehlo.broadcast_in_dim %117, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %124 = stablehlo.broadcast_in_dim %118, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %125 = stablehlo.broadcast_in_dim %119, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %126 = stablehlo.broadcast_in_dim %120, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %127 = stablehlo.broadcast_in_dim %121, dims = [1] : (tensor<16xi1>) -> tensor<1x16xi1>
    %128 = stablehlo.concatenate %122, %123, %124, %125, %126, %127, dim = 0 : (tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<6x16xi1>
    %129 = stablehlo.multiply %arg4, %arg4 : tensor<16xi8>
    %130 = stablehlo.add %129, %arg4 : tensor<16xi8>
    %c_25 = stablehlo.constant dense<1> : tensor<i8>
    %131 = stablehlo.broadcast_in_dim %c_25, dims = [] : (tensor<i8>) -> tensor<16xi8>
    %132 = stablehlo.shift_right_arithmetic %130, %131 : tensor<16xi8>
    %c_26 = stablehlo.constant dense<-10> : tensor<i8>
    %c_27 = stablehlo.constant dense<10> : tensor<i8>
    %133 = stablehlo.broadcast_in_dim %c_26, dims = [] : (tensor<i8>) -> tensor<16xi8>
    %134 = stablehlo.broadcast_in_dim %c_27, dims = [] : (tensor<i8>) -> tensor<16xi8>
    %135 = stablehlo.clamp %133, %arg4, %134 : tensor<16xi8>
    %c_28 = stablehlo.constant dense<3> : tensor<i32>
    %136 = call @floor_divide_4(%arg5, %c_28) : (tensor<16xui16>, tensor<i32>) -> tensor<16xui16>
    %c_29 = stablehlo.constant dense<2> : tensor<ui16>
    %137 = stablehlo.broadcast_in_dim %c_29, dims = [] : (tensor<ui16>) -> tensor<16xui16>
    %138 = stablehlo.shift_left %arg5, %137 : tensor<16xui16>
    %139 = stablehlo.xor %136, %138 : tensor<16xui16>
    %c_30 = stablehlo.constant dense<30000> : tensor<ui16>
    %140 = stablehlo.broadcast_in_dim %c_30, dims = [] : (tensor<ui16>) -> tensor<16xui16>
    %141 = stablehlo.compare GT, %arg5, %140, UNSIGNED : (tensor<16xui16>, tensor<16xui16>) -> tensor<16xi1>
    return %10, %1, %61, %70, %92, %93, %115, %128, %141, %4, %98, %6, %135, %132, %60, %8, %102, %9, %7, %3, %11, %64, %78, %65, %62, %75, %94, %95, %58, %5, %101, %84, %91, %87, %85, %86, %88, %12, %2, %139, %63, %83 : tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi1>, tensor<16xi32>, tensor<16xui32>, tensor<6x16xi1>, tensor<6x16xi1>, tensor<16xi1>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi8>, tensor<16xi8>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi1>, tensor<16xui32>, tensor<16xi32>, tensor<16xi1>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui16>, tensor<16xi32>, tensor<16xi1>
  }
  func.func private @floor_divide(%arg0: tensor<16xi32>, %arg1: tensor<16xi32>) -> tensor<16xi32> {
    %0 = stablehlo.divide %arg0, %arg1 : tensor<16xi32>
    %1 = stablehlo.sign %arg0 : tensor<16xi32>
    %2 = stablehlo.sign %arg1 : tensor<16xi32>
    %3 = stablehlo.compare NE, %1, %2, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %4 = stablehlo.remainder %arg0, %arg1 : tensor<16xi32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %7 = stablehlo.and %3, %6 : tensor<16xi1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %8 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %9 = stablehlo.subtract %0, %8 : tensor<16xi32>
    %10 = call @_where(%7, %9, %0) : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    return %10 : tensor<16xi32>
  }
  func.func private @_where(%arg0: tensor<16xi1>, %arg1: tensor<16xi32>, %arg2: tensor<16xi32>) -> tensor<16xi32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<16xi1>, tensor<16xi32>
    return %0 : tensor<16xi32>
  }
  func.func private @remainder(%arg0: tensor<16xi32>, %arg1: tensor<16xi32>) -> tensor<16xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %1 = stablehlo.compare EQ, %arg1, %0, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = stablehlo.broadcast_in_dim %c_0, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %3 = call @_where(%1, %2, %arg1) : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %4 = stablehlo.remainder %arg0, %3 : tensor<16xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %7 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %8 = stablehlo.compare LT, %4, %7, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %9 = stablehlo.broadcast_in_dim %c_3, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %10 = stablehlo.compare LT, %3, %9, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %11 = stablehlo.compare NE, %8, %10, UNSIGNED : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %12 = stablehlo.and %11, %6 : tensor<16xi1>
    %13 = stablehlo.add %4, %3 : tensor<16xi32>
    %14 = stablehlo.select %12, %13, %4 : tensor<16xi1>, tensor<16xi32>
    return %14 : tensor<16xi32>
  }
  func.func private @remainder_0(%arg0: tensor<16xi32>, %arg1: tensor<i32>) -> tensor<16xi32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where_1(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %4 = stablehlo.remainder %arg0, %3 : tensor<16xi32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %6 = stablehlo.compare NE, %4, %5, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %7 = stablehlo.broadcast_in_dim %c_2, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %8 = stablehlo.compare LT, %4, %7, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %9 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %10 = stablehlo.broadcast_in_dim %9, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %11 = stablehlo.compare NE, %8, %10, UNSIGNED : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %12 = stablehlo.and %11, %6 : tensor<16xi1>
    %13 = stablehlo.broadcast_in_dim %2, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %14 = stablehlo.add %4, %13 : tensor<16xi32>
    %15 = stablehlo.select %12, %14, %4 : tensor<16xi1>, tensor<16xi32>
    return %15 : tensor<16xi32>
  }
  func.func private @_where_1(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @_where_2(%arg0: tensor<16xi1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<16xi32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %2 = stablehlo.select %arg0, %0, %1 : tensor<16xi1>, tensor<16xi32>
    return %2 : tensor<16xi32>
  }
  func.func private @_where_3(%arg0: tensor<16xi32>, %arg1: tensor<16xi32>, %arg2: tensor<16xi32>) -> tensor<16xi32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<i32>) -> tensor<16xi32>
    %1 = stablehlo.compare NE, %arg0, %0, SIGNED : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %2 = stablehlo.select %1, %arg1, %arg2 : tensor<16xi1>, tensor<16xi32>
    return %2 : tensor<16xi32>
  }
  func.func private @floor_divide_4(%arg0: tensor<16xui16>, %arg1: tensor<i32>) -> tensor<16xui16> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<ui16>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<ui16>) -> tensor<16xui16>
    %2 = stablehlo.divide %arg0, %1 : tensor<16xui16>
    return %2 : tensor<16xui16>
  }
}
