module @jit_ops_coverage_misc attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32>, %arg1: tensor<8x8xf32>) -> (tensor<8xf32> {jax.result_info = "result['composite']"}, tensor<f32> {jax.result_info = "result['logsumexp_where']"}, tensor<2x8xf32> {jax.result_info = "result['map']"}, tensor<8xf32> {jax.result_info = "result['nested_call']"}, tensor<8xf32> {jax.result_info = "result['opt_barrier']"}, tensor<8xf32> {jax.result_info = "result['reduce_precision_bf16']"}, tensor<8xf32> {jax.result_info = "result['relu_grad']"}, tensor<8xf32> {jax.result_info = "result['remat_grad']"}, tensor<8xf32> {jax.result_info = "result['softplus']"}, tensor<8xf32> {jax.result_info = "result['stop_gradient']"}) {
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %1 = stablehlo.multiply %arg0, %0 : tensor<8xf32>
    %2:2 = stablehlo.optimization_barrier %1, %arg1 : tensor<8xf32>, tensor<8x8xf32>
    %cst_0 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %3 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %4:3 = stablehlo.optimization_barrier %arg1, %arg0, %3 : tensor<8x8xf32>, tensor<8xf32>, tensor<8xf32>
    %5 = stablehlo.sine %4#1 : tensor<8xf32>
    %6 = stablehlo.cosine %4#1 : tensor<8xf32>
    %7 = stablehlo.dot_general %5, %4#0, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
    %8 = stablehlo.cosine %7 : tensor<8xf32>
    %9 = stablehlo.multiply %4#2, %8 : tensor<8xf32>
    %10 = stablehlo.dot_general %9, %4#0, contracting_dims = [0] x [1], precision = [DEFAULT, DEFAULT] : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
    %11 = stablehlo.multiply %10, %6 : tensor<8xf32>
    %cst_1 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %12 = stablehlo.composite "nccd.test.scaled_tanh" %arg0, %cst_1 {decomposition = @nccd.test.scaled_tanh} : (tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
    %13 = call @relu(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %15 = stablehlo.compare GT, %arg0, %14, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %cst_3 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %17 = stablehlo.multiply %16, %13 : tensor<8xf32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %19 = stablehlo.multiply %18, %17 : tensor<8xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %20 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %21 = stablehlo.select %15, %19, %20 : tensor<8xi1>, tensor<8xf32>
    %22 = stablehlo.dot_general %2#0, %2#1, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
    %23 = call @_nested_jit_helper(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %24 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %25 = stablehlo.add %arg0, %24 : tensor<8xf32>
    %26 = call @_nested_jit_helper(%25) : (tensor<8xf32>) -> tensor<8xf32>
    %27 = stablehlo.add %23, %26 : tensor<8xf32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %28 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %29 = stablehlo.multiply %arg0, %28 : tensor<8xf32>
    %30 = stablehlo.reshape %arg0 : (tensor<8xf32>) -> tensor<2x4xf32>
    %31 = stablehlo.broadcast_in_dim %30, dims = [0, 1] : (tensor<2x4xf32>) -> tensor<2x4x2xf32>
    %32 = stablehlo.reshape %31 : (tensor<2x4x2xf32>) -> tensor<2x8xf32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %33 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<2x8xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %34:4 = stablehlo.while(%iterArg = %32, %iterArg_17 = %arg1, %iterArg_18 = %c, %iterArg_19 = %33) : tensor<2x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<2x8xf32>
    cond {
      %c_20 = stablehlo.constant dense<2> : tensor<i32>
      %54 = stablehlo.compare LT, %iterArg_18, %c_20, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %54 : tensor<i1>
    } do {
      %54 = func.call @dynamic_index_in_dim(%iterArg, %iterArg_18) : (tensor<2x8xf32>, tensor<i32>) -> tensor<8xf32>
      %55 = func.call @closed_call(%iterArg_17, %54) : (tensor<8x8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %56 = func.call @dynamic_update_index_in_dim(%iterArg_19, %55, %iterArg_18) : (tensor<2x8xf32>, tensor<8xf32>, tensor<i32>) -> tensor<2x8xf32>
      %c_20 = stablehlo.constant dense<1> : tensor<i32>
      %57 = stablehlo.add %iterArg_18, %c_20 : tensor<i32>
      stablehlo.return %iterArg, %iterArg_17, %57, %56 : tensor<2x8xf32>, tensor<8x8xf32>, tensor<i32>, tensor<2x8xf32>
    }
    %35 = stablehlo.reduce_precision %arg0, format = e8m7 : tensor<8xf32>
    %36 = call @softplus(%arg0) : (tensor<8xf32>) -> tensor<8xf32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %37 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %38 = stablehlo.compare GT, %arg0, %37, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %c_10 = stablehlo.constant dense<0> : tensor<i32>
    %39 = call @_where(%38, %arg0, %c_10) : (tensor<8xi1>, tensor<8xf32>, tensor<i32>) -> tensor<8xf32>
    %cst_11 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %40 = call @_where_0(%38, %39, %cst_11) : (tensor<8xi1>, tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
    %cst_12 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %41 = stablehlo.reduce(%40 init: %cst_12) applies stablehlo.maximum across dimensions = [0] : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %cst_13 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %42 = stablehlo.maximum %cst_13, %41 : tensor<f32>
    %43 = stablehlo.is_finite %42 : (tensor<f32>) -> tensor<i1>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %44 = stablehlo.select %43, %42, %cst_14 : tensor<i1>, tensor<f32>
    %45 = stablehlo.broadcast_in_dim %44, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %46 = stablehlo.broadcast_in_dim %45, dims = [0] : (tensor<1xf32>) -> tensor<8xf32>
    %47 = stablehlo.subtract %39, %46 : tensor<8xf32>
    %48 = stablehlo.exponential %47 : tensor<8xf32>
    %cst_15 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %49 = call @_where_0(%38, %48, %cst_15) : (tensor<8xi1>, tensor<8xf32>, tensor<f32>) -> tensor<8xf32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %50 = stablehlo.reduce(%49 init: %cst_16) applies stablehlo.add across dimensions = [0] : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %51 = stablehlo.abs %50 : tensor<f32>
    %52 = stablehlo.log %51 : tensor<f32>
    %53 = stablehlo.add %52, %44 : tensor<f32>
    return %12, %53, %34#3, %27, %22, %35, %21, %11, %36, %29 : tensor<8xf32>, tensor<f32>, tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>
  }
  func.func private @nccd.test.scaled_tanh(%arg0: tensor<8xf32>, %arg1: tensor<f32>) -> tensor<8xf32> {
    %0 = stablehlo.convert %arg1 : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %2 = stablehlo.multiply %arg0, %1 : tensor<8xf32>
    %3 = stablehlo.tanh %arg0 : tensor<8xf32>
    %4 = stablehlo.add %2, %3 : tensor<8xf32>
    return %4 : tensor<8xf32>
  }
  func.func private @relu(%arg0: tensor<8xf32>) -> tensor<8xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %1 = stablehlo.maximum %arg0, %0 : tensor<8xf32>
    return %1 : tensor<8xf32>
  }
  func.func private @_nested_jit_helper(%arg0: tensor<8xf32>) -> tensor<8xf32> {
    %0 = stablehlo.sine %arg0 : tensor<8xf32>
    %cst = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %1 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %2 = stablehlo.multiply %0, %1 : tensor<8xf32>
    return %2 : tensor<8xf32>
  }
  func.func private @dynamic_index_in_dim(%arg0: tensor<2x8xf32>, %arg1: tensor<i32>) -> tensor<8xf32> {
    %c = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.dynamic_slice %arg0, %arg1, %c, sizes = [1, 8] : (tensor<2x8xf32>, tensor<i32>, tensor<i32>) -> tensor<1x8xf32>
    %1 = stablehlo.reshape %0 : (tensor<1x8xf32>) -> tensor<8xf32>
    return %1 : tensor<8xf32>
  }
  func.func private @closed_call(%arg0: tensor<8x8xf32>, %arg1: tensor<8xf32>) -> tensor<8xf32> {
    %0 = stablehlo.dot_general %arg1, %arg0, contracting_dims = [0] x [0], precision = [DEFAULT, DEFAULT] : (tensor<8xf32>, tensor<8x8xf32>) -> tensor<8xf32>
    return %0 : tensor<8xf32>
  }
  func.func private @dynamic_update_index_in_dim(%arg0: tensor<2x8xf32>, %arg1: tensor<8xf32>, %arg2: tensor<i32>) -> tensor<2x8xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [1] : (tensor<8xf32>) -> tensor<1x8xf32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.dynamic_update_slice %arg0, %0, %arg2, %c : (tensor<2x8xf32>, tensor<1x8xf32>, tensor<i32>, tensor<i32>) -> tensor<2x8xf32>
    return %1 : tensor<2x8xf32>
  }
  func.func private @softplus(%arg0: tensor<8xf32>) -> tensor<8xf32> {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %1 = stablehlo.maximum %arg0, %0 : tensor<8xf32>
    %2 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %3 = stablehlo.subtract %arg0, %2 : tensor<8xf32>
    %4 = stablehlo.compare NE, %3, %3, FLOAT : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %5 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %6 = stablehlo.add %arg0, %5 : tensor<8xf32>
    %7 = stablehlo.abs %3 : tensor<8xf32>
    %8 = stablehlo.negate %7 : tensor<8xf32>
    %9 = stablehlo.exponential %8 : tensor<8xf32>
    %10 = stablehlo.log_plus_one %9 : tensor<8xf32>
    %11 = stablehlo.add %1, %10 : tensor<8xf32>
    %12 = stablehlo.select %4, %6, %11 : tensor<8xi1>, tensor<8xf32>
    return %12 : tensor<8xf32>
  }
  func.func private @_where(%arg0: tensor<8xi1>, %arg1: tensor<8xf32>, %arg2: tensor<i32>) -> tensor<8xf32> {
    %0 = stablehlo.convert %arg2 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.broadcast_in_dim %0, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %2 = stablehlo.select %arg0, %arg1, %1 : tensor<8xi1>, tensor<8xf32>
    return %2 : tensor<8xf32>
  }
  func.func private @_where_0(%arg0: tensor<8xi1>, %arg1: tensor<8xf32>, %arg2: tensor<f32>) -> tensor<8xf32> {
    %0 = stablehlo.broadcast_in_dim %arg2, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %1 = stablehlo.select %arg0, %arg1, %0 : tensor<8xi1>, tensor<8xf32>
    return %1 : tensor<8xf32>
  }
}
