"builtin.module"() <{sym_name = "jit_ops_coverage_fft"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x16xf32>, tensor<4x8xcomplex<f32>>) -> (tensor<4x8xcomplex<f32>>, tensor<4x8xcomplex<f32>>, tensor<4x8xf32>, tensor<4x8xcomplex<f32>>, tensor<4x8xcomplex<f32>>, tensor<2x16xf32>, tensor<2x9xcomplex<f32>>, tensor<2x9xcomplex<f32>>), res_attrs = [{jax.result_info = "result['fft']"}, {jax.result_info = "result['fft2']"}, {jax.result_info = "result['fftshift']"}, {jax.result_info = "result['ifft']"}, {jax.result_info = "result['ifftn']"}, {jax.result_info = "result['irfft']"}, {jax.result_info = "result['rfft']"}, {jax.result_info = "result['rfft2']"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg10: tensor<2x16xf32>, %arg11: tensor<4x8xcomplex<f32>>):
    %12 = "func.call"(%arg11) <{callee = @fft}> : (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>
    %13 = "func.call"(%arg11) <{callee = @fft_0}> : (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>
    %14 = "func.call"(%arg10) <{callee = @fft_1}> : (tensor<2x16xf32>) -> tensor<2x9xcomplex<f32>>
    %15 = "func.call"(%arg10) <{callee = @fft_1}> : (tensor<2x16xf32>) -> tensor<2x9xcomplex<f32>>
    %16 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %17 = "func.call"(%15, %16) <{callee = @_pad}> : (tensor<2x9xcomplex<f32>>, tensor<i32>) -> tensor<2x9xcomplex<f32>>
    %18 = "func.call"(%17) <{callee = @fft_2}> : (tensor<2x9xcomplex<f32>>) -> tensor<2x16xf32>
    %19 = "func.call"(%arg11) <{callee = @fft_3}> : (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>
    %20 = "func.call"(%arg10) <{callee = @fft_4}> : (tensor<2x16xf32>) -> tensor<2x9xcomplex<f32>>
    %21 = "func.call"(%arg11) <{callee = @fft_5}> : (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>
    %22 = "func.call"(%arg11) <{callee = @fft}> : (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>
    %23 = "stablehlo.abs"(%22) : (tensor<4x8xcomplex<f32>>) -> tensor<4x8xf32>
    %24 = "func.call"(%23) <{callee = @_roll_static}> : (tensor<4x8xf32>) -> tensor<4x8xf32>
    "func.return"(%12, %19, %24, %13, %21, %18, %14, %20) : (tensor<4x8xcomplex<f32>>, tensor<4x8xcomplex<f32>>, tensor<4x8xf32>, tensor<4x8xcomplex<f32>>, tensor<4x8xcomplex<f32>>, tensor<2x16xf32>, tensor<2x9xcomplex<f32>>, tensor<2x9xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>, res_attrs = [{}], sym_name = "fft", sym_visibility = "private"}> ({
  ^bb0(%arg9: tensor<4x8xcomplex<f32>>):
    %11 = "stablehlo.fft"(%arg9) <{fft_length = array<i64: 8>, fft_type = #stablehlo<fft_type FFT>}> : (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>
    "func.return"(%11) : (tensor<4x8xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>, res_attrs = [{}], sym_name = "fft_0", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<4x8xcomplex<f32>>):
    %10 = "stablehlo.fft"(%arg8) <{fft_length = array<i64: 8>, fft_type = #stablehlo<fft_type IFFT>}> : (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>
    "func.return"(%10) : (tensor<4x8xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2x16xf32>) -> tensor<2x9xcomplex<f32>>, res_attrs = [{}], sym_name = "fft_1", sym_visibility = "private"}> ({
  ^bb0(%arg7: tensor<2x16xf32>):
    %9 = "stablehlo.fft"(%arg7) <{fft_length = array<i64: 16>, fft_type = #stablehlo<fft_type RFFT>}> : (tensor<2x16xf32>) -> tensor<2x9xcomplex<f32>>
    "func.return"(%9) : (tensor<2x9xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2x9xcomplex<f32>>, tensor<i32>) -> tensor<2x9xcomplex<f32>>, res_attrs = [{}], sym_name = "_pad", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<2x9xcomplex<f32>>, %arg6: tensor<i32>):
    %7 = "stablehlo.convert"(%arg6) : (tensor<i32>) -> tensor<complex<f32>>
    %8 = "stablehlo.pad"(%arg5, %7) <{edge_padding_high = array<i64: 0, 0>, edge_padding_low = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>}> : (tensor<2x9xcomplex<f32>>, tensor<complex<f32>>) -> tensor<2x9xcomplex<f32>>
    "func.return"(%8) : (tensor<2x9xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2x9xcomplex<f32>>) -> tensor<2x16xf32>, res_attrs = [{}], sym_name = "fft_2", sym_visibility = "private"}> ({
  ^bb0(%arg4: tensor<2x9xcomplex<f32>>):
    %6 = "stablehlo.fft"(%arg4) <{fft_length = array<i64: 16>, fft_type = #stablehlo<fft_type IRFFT>}> : (tensor<2x9xcomplex<f32>>) -> tensor<2x16xf32>
    "func.return"(%6) : (tensor<2x16xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>, res_attrs = [{}], sym_name = "fft_3", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<4x8xcomplex<f32>>):
    %5 = "stablehlo.fft"(%arg3) <{fft_length = array<i64: 4, 8>, fft_type = #stablehlo<fft_type FFT>}> : (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>
    "func.return"(%5) : (tensor<4x8xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2x16xf32>) -> tensor<2x9xcomplex<f32>>, res_attrs = [{}], sym_name = "fft_4", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<2x16xf32>):
    %4 = "stablehlo.fft"(%arg2) <{fft_length = array<i64: 2, 16>, fft_type = #stablehlo<fft_type RFFT>}> : (tensor<2x16xf32>) -> tensor<2x9xcomplex<f32>>
    "func.return"(%4) : (tensor<2x9xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>, res_attrs = [{}], sym_name = "fft_5", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<4x8xcomplex<f32>>):
    %3 = "stablehlo.fft"(%arg1) <{fft_length = array<i64: 4, 8>, fft_type = #stablehlo<fft_type IFFT>}> : (tensor<4x8xcomplex<f32>>) -> tensor<4x8xcomplex<f32>>
    "func.return"(%3) : (tensor<4x8xcomplex<f32>>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<4x8xf32>) -> tensor<4x8xf32>, res_attrs = [{}], sym_name = "_roll_static", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4x8xf32>):
    %0 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 4, 8>, start_indices = array<i64: 0, 4>, strides = array<i64: 1, 1>}> : (tensor<4x8xf32>) -> tensor<4x4xf32>
    %1 = "stablehlo.slice"(%arg0) <{limit_indices = array<i64: 4, 4>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<4x8xf32>) -> tensor<4x4xf32>
    %2 = "stablehlo.concatenate"(%0, %1) <{dimension = 1 : i64}> : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x8xf32>
    "func.return"(%2) : (tensor<4x8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
