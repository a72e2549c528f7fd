"builtin.module"() <{sym_name = "jit_ops_coverage_rng"}> ({
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<4xui32>, tensor<i32>) -> (tensor<6xi1>, tensor<2x3xf32>, tensor<6xi32>, tensor<4xi32>, tensor<4xui32>, tensor<2x4xui32>, tensor<4xf32>, tensor<4xui32>, tensor<2x4xui32>, tensor<4xui32>, tensor<2x4xui32>, tensor<8xui8>, tensor<4xf32>), res_attrs = [{jax.result_info = "result['bernoulli']"}, {jax.result_info = "result['normal']"}, {jax.result_info = "result['permutation']"}, {jax.result_info = "result['randint']"}, {jax.result_info = "result['rbg_default'][0]"}, {jax.result_info = "result['rbg_default'][1]"}, {jax.result_info = "result['rbg_impl_uniform']"}, {jax.result_info = "result['rbg_philox'][0]"}, {jax.result_info = "result['rbg_philox'][1]"}, {jax.result_info = "result['rbg_threefry'][0]"}, {jax.result_info = "result['rbg_threefry'][1]"}, {jax.result_info = "result['rbg_u8']"}, {jax.result_info = "result['uniform']"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg183: tensor<4xui32>, %arg184: tensor<i32>):
    %648 = "stablehlo.reshape"(%arg183) : (tensor<4xui32>) -> tensor<2x2xui32>
    %649 = "stablehlo.bitcast_convert"(%648) : (tensor<2x2xui32>) -> tensor<2xui64>
    %650:2 = "stablehlo.rng_bit_generator"(%649) <{rng_algorithm = #stablehlo<rng_algorithm DEFAULT>}> : (tensor<2xui64>) -> (tensor<2xui64>, tensor<2x4xui32>)
    %651 = "stablehlo.bitcast_convert"(%650#0) : (tensor<2xui64>) -> tensor<2x2xui32>
    %652 = "stablehlo.reshape"(%651) : (tensor<2x2xui32>) -> tensor<4xui32>
    %653 = "stablehlo.reshape"(%arg183) : (tensor<4xui32>) -> tensor<2x2xui32>
    %654 = "stablehlo.bitcast_convert"(%653) : (tensor<2x2xui32>) -> tensor<2xui64>
    %655:2 = "stablehlo.rng_bit_generator"(%654) <{rng_algorithm = #stablehlo<rng_algorithm THREE_FRY>}> : (tensor<2xui64>) -> (tensor<2xui64>, tensor<2x4xui32>)
    %656 = "stablehlo.bitcast_convert"(%655#0) : (tensor<2xui64>) -> tensor<2x2xui32>
    %657 = "stablehlo.reshape"(%656) : (tensor<2x2xui32>) -> tensor<4xui32>
    %658 = "stablehlo.reshape"(%arg183) : (tensor<4xui32>) -> tensor<2x2xui32>
    %659 = "stablehlo.bitcast_convert"(%658) : (tensor<2x2xui32>) -> tensor<2xui64>
    %660:2 = "stablehlo.rng_bit_generator"(%659) <{rng_algorithm = #stablehlo<rng_algorithm PHILOX>}> : (tensor<2xui64>) -> (tensor<2xui64>, tensor<2x4xui32>)
    %661 = "stablehlo.bitcast_convert"(%660#0) : (tensor<2xui64>) -> tensor<2x2xui32>
    %662 = "stablehlo.reshape"(%661) : (tensor<2x2xui32>) -> tensor<4xui32>
    %663 = "stablehlo.reshape"(%arg183) : (tensor<4xui32>) -> tensor<2x2xui32>
    %664 = "stablehlo.bitcast_convert"(%663) : (tensor<2x2xui32>) -> tensor<2xui64>
    %665:2 = "stablehlo.rng_bit_generator"(%664) <{rng_algorithm = #stablehlo<rng_algorithm PHILOX>}> : (tensor<2xui64>) -> (tensor<2xui64>, tensor<8xui8>)
    %666 = "stablehlo.bitcast_convert"(%665#0) : (tensor<2xui64>) -> tensor<2x2xui32>
    %667 = "stablehlo.reshape"(%666) : (tensor<2x2xui32>) -> tensor<4xui32>
    %668 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %669 = "stablehlo.shift_right_logical"(%arg184, %668) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %670 = "stablehlo.convert"(%669) : (tensor<i32>) -> tensor<ui32>
    %671 = "stablehlo.broadcast_in_dim"(%670) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %672 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %673 = "stablehlo.and"(%arg184, %672) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %674 = "stablehlo.convert"(%673) : (tensor<i32>) -> tensor<ui32>
    %675 = "stablehlo.broadcast_in_dim"(%674) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %676 = "stablehlo.concatenate"(%671, %675) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %677 = "func.call"(%676) <{callee = @_threefry_split}> : (tensor<2xui32>) -> tensor<3x2xui32>
    %678 = "stablehlo.slice"(%677) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<3x2xui32>) -> tensor<1x2xui32>
    %679 = "stablehlo.reshape"(%678) : (tensor<1x2xui32>) -> tensor<2xui32>
    %680 = "stablehlo.slice"(%677) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<3x2xui32>) -> tensor<1x2xui32>
    %681 = "stablehlo.reshape"(%680) : (tensor<1x2xui32>) -> tensor<2xui32>
    %682 = "stablehlo.slice"(%677) <{limit_indices = array<i64: 3, 2>, start_indices = array<i64: 2, 0>, strides = array<i64: 1, 1>}> : (tensor<3x2xui32>) -> tensor<1x2xui32>
    %683 = "stablehlo.reshape"(%682) : (tensor<1x2xui32>) -> tensor<2xui32>
    %684 = "func.call"(%679) <{callee = @_normal}> : (tensor<2xui32>) -> tensor<2x3xf32>
    %685 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %686 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %687 = "func.call"(%681, %685, %686) <{callee = @_uniform_2}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
    %688 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %689 = "stablehlo.constant"() <{value = dense<10> : tensor<i32>}> : () -> tensor<i32>
    %690 = "func.call"(%683, %688, %689) <{callee = @_randint}> : (tensor<2xui32>, tensor<i32>, tensor<i32>) -> tensor<4xi32>
    %691 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<6xi32>
    %692 = "func.call"(%683, %691) <{callee = @_shuffle}> : (tensor<2xui32>, tensor<6xi32>) -> tensor<6xi32>
    %693 = "stablehlo.constant"() <{value = dense<3.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %694 = "func.call"(%681, %693) <{callee = @_bernoulli}> : (tensor<2xui32>, tensor<f32>) -> tensor<6xi1>
    %695 = "stablehlo.constant"() <{value = dense<32> : tensor<i32>}> : () -> tensor<i32>
    %696 = "stablehlo.shift_right_logical"(%arg184, %695) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %697 = "stablehlo.convert"(%696) : (tensor<i32>) -> tensor<ui32>
    %698 = "stablehlo.broadcast_in_dim"(%697) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %699 = "stablehlo.constant"() <{value = dense<-1> : tensor<i32>}> : () -> tensor<i32>
    %700 = "stablehlo.and"(%arg184, %699) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %701 = "stablehlo.convert"(%700) : (tensor<i32>) -> tensor<ui32>
    %702 = "stablehlo.broadcast_in_dim"(%701) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %703 = "stablehlo.concatenate"(%698, %702) <{dimension = 0 : i64}> : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %704 = "stablehlo.concatenate"(%703, %703) <{dimension = 0 : i64}> : (tensor<2xui32>, tensor<2xui32>) -> tensor<4xui32>
    %705 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %706 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %707 = "func.call"(%704, %705, %706) <{callee = @_uniform_12}> : (tensor<4xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
    "func.return"(%694, %684, %692, %690, %652, %650#1, %707, %662, %660#1, %657, %655#1, %665#1, %687) : (tensor<6xi1>, tensor<2x3xf32>, tensor<6xi32>, tensor<4xi32>, tensor<4xui32>, tensor<2x4xui32>, tensor<4xf32>, tensor<4xui32>, tensor<2x4xui32>, tensor<4xui32>, tensor<2x4xui32>, tensor<8xui8>, tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<3x2xui32>, res_attrs = [{}], sym_name = "_threefry_split", sym_visibility = "private"}> ({
  ^bb0(%arg182: tensor<2xui32>):
    %631 = "stablehlo.slice"(%arg182) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %632 = "stablehlo.reshape"(%631) : (tensor<1xui32>) -> tensor<ui32>
    %633 = "stablehlo.slice"(%arg182) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %634 = "stablehlo.reshape"(%633) : (tensor<1xui32>) -> tensor<ui32>
    %635 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<3xui64>
    %636 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %637 = "stablehlo.broadcast_in_dim"(%636) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %638 = "stablehlo.multiply"(%637, %635) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %639 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %640 = "stablehlo.broadcast_in_dim"(%639) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<3xui64>
    %641 = "stablehlo.shift_right_logical"(%638, %640) : (tensor<3xui64>, tensor<3xui64>) -> tensor<3xui64>
    %642 = "stablehlo.convert"(%638) : (tensor<3xui64>) -> tensor<3xui32>
    %643 = "stablehlo.convert"(%641) : (tensor<3xui64>) -> tensor<3xui32>
    %644:2 = "func.call"(%632, %634, %643, %642) <{callee = @threefry2x32}> : (tensor<ui32>, tensor<ui32>, tensor<3xui32>, tensor<3xui32>) -> (tensor<3xui32>, tensor<3xui32>)
    %645 = "stablehlo.broadcast_in_dim"(%644#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xui32>) -> tensor<3x1xui32>
    %646 = "stablehlo.broadcast_in_dim"(%644#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<3xui32>) -> tensor<3x1xui32>
    %647 = "stablehlo.concatenate"(%645, %646) <{dimension = 1 : i64}> : (tensor<3x1xui32>, tensor<3x1xui32>) -> tensor<3x2xui32>
    "func.return"(%647) : (tensor<3x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<3xui32>, tensor<3xui32>) -> (tensor<3xui32>, tensor<3xui32>), sym_name = "threefry2x32", sym_visibility = "private"}> ({
  ^bb0(%arg160: tensor<ui32>, %arg161: tensor<ui32>, %arg162: tensor<3xui32>, %arg163: tensor<3xui32>):
    %614 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %615 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %616 = "stablehlo.xor"(%arg160, %arg161) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %617 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %618 = "stablehlo.xor"(%616, %617) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %619 = "stablehlo.broadcast_in_dim"(%arg160) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %620 = "stablehlo.add"(%arg162, %619) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %621 = "stablehlo.broadcast_in_dim"(%arg161) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %622 = "stablehlo.add"(%arg163, %621) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %623 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %624 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %625:9 = "stablehlo.while"(%624, %623, %620, %622, %arg161, %618, %arg160, %614, %615) ({
    ^bb0(%arg173: tensor<i32>, %arg174: tensor<i32>, %arg175: tensor<3xui32>, %arg176: tensor<3xui32>, %arg177: tensor<ui32>, %arg178: tensor<ui32>, %arg179: tensor<ui32>, %arg180: tensor<4xui32>, %arg181: tensor<4xui32>):
      %629 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %630 = "stablehlo.compare"(%arg173, %629) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%630) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg164: tensor<i32>, %arg165: tensor<i32>, %arg166: tensor<3xui32>, %arg167: tensor<3xui32>, %arg168: tensor<ui32>, %arg169: tensor<ui32>, %arg170: tensor<ui32>, %arg171: tensor<4xui32>, %arg172: tensor<4xui32>):
      %626:8 = "func.call"(%arg165, %arg166, %arg167, %arg168, %arg169, %arg170, %arg171, %arg172) <{callee = @closed_call}> : (tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %627 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %628 = "stablehlo.add"(%arg164, %627) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%628, %626#0, %626#1, %626#2, %626#3, %626#4, %626#5, %626#6, %626#7) : (tensor<i32>, tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%625#2, %625#3) : (tensor<3xui32>, tensor<3xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call", sym_visibility = "private"}> ({
  ^bb0(%arg152: tensor<i32>, %arg153: tensor<3xui32>, %arg154: tensor<3xui32>, %arg155: tensor<ui32>, %arg156: tensor<ui32>, %arg157: tensor<ui32>, %arg158: tensor<4xui32>, %arg159: tensor<4xui32>):
    %559 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %560 = "stablehlo.add"(%arg152, %559) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %561 = "stablehlo.slice"(%arg158) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %562 = "stablehlo.reshape"(%561) : (tensor<1xui32>) -> tensor<ui32>
    %563 = "stablehlo.add"(%arg153, %arg154) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %564 = "stablehlo.broadcast_in_dim"(%562) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %565 = "stablehlo.shift_left"(%arg154, %564) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %566 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %567 = "stablehlo.subtract"(%566, %562) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %568 = "stablehlo.broadcast_in_dim"(%567) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %569 = "stablehlo.shift_right_logical"(%arg154, %568) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %570 = "stablehlo.or"(%565, %569) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %571 = "stablehlo.xor"(%563, %570) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %572 = "stablehlo.slice"(%arg158) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %573 = "stablehlo.reshape"(%572) : (tensor<1xui32>) -> tensor<ui32>
    %574 = "stablehlo.add"(%563, %571) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %575 = "stablehlo.broadcast_in_dim"(%573) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %576 = "stablehlo.shift_left"(%571, %575) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %577 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %578 = "stablehlo.subtract"(%577, %573) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %579 = "stablehlo.broadcast_in_dim"(%578) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %580 = "stablehlo.shift_right_logical"(%571, %579) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %581 = "stablehlo.or"(%576, %580) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %582 = "stablehlo.xor"(%574, %581) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %583 = "stablehlo.slice"(%arg158) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %584 = "stablehlo.reshape"(%583) : (tensor<1xui32>) -> tensor<ui32>
    %585 = "stablehlo.add"(%574, %582) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %586 = "stablehlo.broadcast_in_dim"(%584) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %587 = "stablehlo.shift_left"(%582, %586) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %588 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %589 = "stablehlo.subtract"(%588, %584) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %590 = "stablehlo.broadcast_in_dim"(%589) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %591 = "stablehlo.shift_right_logical"(%582, %590) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %592 = "stablehlo.or"(%587, %591) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %593 = "stablehlo.xor"(%585, %592) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %594 = "stablehlo.slice"(%arg158) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %595 = "stablehlo.reshape"(%594) : (tensor<1xui32>) -> tensor<ui32>
    %596 = "stablehlo.add"(%585, %593) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %597 = "stablehlo.broadcast_in_dim"(%595) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %598 = "stablehlo.shift_left"(%593, %597) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %599 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %600 = "stablehlo.subtract"(%599, %595) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %601 = "stablehlo.broadcast_in_dim"(%600) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %602 = "stablehlo.shift_right_logical"(%593, %601) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %603 = "stablehlo.or"(%598, %602) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %604 = "stablehlo.xor"(%596, %603) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %605 = "stablehlo.broadcast_in_dim"(%arg155) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %606 = "stablehlo.add"(%596, %605) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %607 = "stablehlo.broadcast_in_dim"(%arg156) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %608 = "stablehlo.add"(%604, %607) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %609 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %610 = "stablehlo.add"(%arg152, %609) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %611 = "stablehlo.convert"(%610) : (tensor<i32>) -> tensor<ui32>
    %612 = "stablehlo.broadcast_in_dim"(%611) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<3xui32>
    %613 = "stablehlo.add"(%608, %612) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    "func.return"(%560, %606, %613, %arg156, %arg157, %arg155, %arg159, %arg158) : (tensor<i32>, tensor<3xui32>, tensor<3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x3xf32>, res_attrs = [{}], sym_name = "_normal", sym_visibility = "private"}> ({
  ^bb0(%arg151: tensor<2xui32>):
    %558 = "func.call"(%arg151) <{callee = @_normal_real}> : (tensor<2xui32>) -> tensor<2x3xf32>
    "func.return"(%558) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x3xf32>, res_attrs = [{}], sym_name = "_normal_real", sym_visibility = "private"}> ({
  ^bb0(%arg150: tensor<2xui32>):
    %551 = "stablehlo.constant"() <{value = dense<-0.99999994> : tensor<f32>}> : () -> tensor<f32>
    %552 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %553 = "func.call"(%arg150, %551, %552) <{callee = @_uniform}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
    %554 = "chlo.erf_inv"(%553) : (tensor<2x3xf32>) -> tensor<2x3xf32>
    %555 = "stablehlo.constant"() <{value = dense<1.41421354> : tensor<f32>}> : () -> tensor<f32>
    %556 = "stablehlo.broadcast_in_dim"(%555) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x3xf32>
    %557 = "stablehlo.multiply"(%556, %554) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%557) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>, res_attrs = [{}], sym_name = "_uniform", sym_visibility = "private"}> ({
  ^bb0(%arg147: tensor<2xui32>, %arg148: tensor<f32>, %arg149: tensor<f32>):
    %512 = "stablehlo.broadcast_in_dim"(%arg148) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %513 = "stablehlo.broadcast_in_dim"(%arg149) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1x1xf32>
    %514 = "stablehlo.slice"(%arg147) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %515 = "stablehlo.reshape"(%514) : (tensor<1xui32>) -> tensor<ui32>
    %516 = "stablehlo.slice"(%arg147) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %517 = "stablehlo.reshape"(%516) : (tensor<1xui32>) -> tensor<ui32>
    %518 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2x3xui64>
    %519 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<2x3xui64>
    %520 = "stablehlo.constant"() <{value = dense<3> : tensor<ui64>}> : () -> tensor<ui64>
    %521 = "stablehlo.broadcast_in_dim"(%520) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2x3xui64>
    %522 = "stablehlo.multiply"(%521, %518) : (tensor<2x3xui64>, tensor<2x3xui64>) -> tensor<2x3xui64>
    %523 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %524 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2x3xui64>
    %525 = "stablehlo.multiply"(%524, %519) : (tensor<2x3xui64>, tensor<2x3xui64>) -> tensor<2x3xui64>
    %526 = "stablehlo.add"(%522, %525) : (tensor<2x3xui64>, tensor<2x3xui64>) -> tensor<2x3xui64>
    %527 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %528 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2x3xui64>
    %529 = "stablehlo.shift_right_logical"(%526, %528) : (tensor<2x3xui64>, tensor<2x3xui64>) -> tensor<2x3xui64>
    %530 = "stablehlo.convert"(%526) : (tensor<2x3xui64>) -> tensor<2x3xui32>
    %531 = "stablehlo.convert"(%529) : (tensor<2x3xui64>) -> tensor<2x3xui32>
    %532:2 = "func.call"(%515, %517, %531, %530) <{callee = @threefry2x32_0}> : (tensor<ui32>, tensor<ui32>, tensor<2x3xui32>, tensor<2x3xui32>) -> (tensor<2x3xui32>, tensor<2x3xui32>)
    %533 = "stablehlo.xor"(%532#0, %532#1) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %534 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %535 = "stablehlo.broadcast_in_dim"(%534) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %536 = "stablehlo.shift_right_logical"(%533, %535) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %537 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %538 = "stablehlo.broadcast_in_dim"(%537) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %539 = "stablehlo.or"(%536, %538) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %540 = "stablehlo.bitcast_convert"(%539) : (tensor<2x3xui32>) -> tensor<2x3xf32>
    %541 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %542 = "stablehlo.broadcast_in_dim"(%541) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x3xf32>
    %543 = "stablehlo.subtract"(%540, %542) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %544 = "stablehlo.subtract"(%513, %512) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %545 = "stablehlo.broadcast_in_dim"(%544) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<2x3xf32>
    %546 = "stablehlo.multiply"(%543, %545) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %547 = "stablehlo.broadcast_in_dim"(%512) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<2x3xf32>
    %548 = "stablehlo.add"(%546, %547) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %549 = "stablehlo.broadcast_in_dim"(%512) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<1x1xf32>) -> tensor<2x3xf32>
    %550 = "stablehlo.maximum"(%549, %548) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    "func.return"(%550) : (tensor<2x3xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<2x3xui32>, tensor<2x3xui32>) -> (tensor<2x3xui32>, tensor<2x3xui32>), sym_name = "threefry2x32_0", sym_visibility = "private"}> ({
  ^bb0(%arg125: tensor<ui32>, %arg126: tensor<ui32>, %arg127: tensor<2x3xui32>, %arg128: tensor<2x3xui32>):
    %495 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %496 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %497 = "stablehlo.xor"(%arg125, %arg126) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %498 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %499 = "stablehlo.xor"(%497, %498) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %500 = "stablehlo.broadcast_in_dim"(%arg125) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %501 = "stablehlo.add"(%arg127, %500) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %502 = "stablehlo.broadcast_in_dim"(%arg126) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %503 = "stablehlo.add"(%arg128, %502) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %504 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %505 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %506:9 = "stablehlo.while"(%505, %504, %501, %503, %arg126, %499, %arg125, %495, %496) ({
    ^bb0(%arg138: tensor<i32>, %arg139: tensor<i32>, %arg140: tensor<2x3xui32>, %arg141: tensor<2x3xui32>, %arg142: tensor<ui32>, %arg143: tensor<ui32>, %arg144: tensor<ui32>, %arg145: tensor<4xui32>, %arg146: tensor<4xui32>):
      %510 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %511 = "stablehlo.compare"(%arg138, %510) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%511) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg129: tensor<i32>, %arg130: tensor<i32>, %arg131: tensor<2x3xui32>, %arg132: tensor<2x3xui32>, %arg133: tensor<ui32>, %arg134: tensor<ui32>, %arg135: tensor<ui32>, %arg136: tensor<4xui32>, %arg137: tensor<4xui32>):
      %507:8 = "func.call"(%arg130, %arg131, %arg132, %arg133, %arg134, %arg135, %arg136, %arg137) <{callee = @closed_call_1}> : (tensor<i32>, tensor<2x3xui32>, tensor<2x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2x3xui32>, tensor<2x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %508 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %509 = "stablehlo.add"(%arg129, %508) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%509, %507#0, %507#1, %507#2, %507#3, %507#4, %507#5, %507#6, %507#7) : (tensor<i32>, tensor<i32>, tensor<2x3xui32>, tensor<2x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<2x3xui32>, tensor<2x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<2x3xui32>, tensor<2x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%506#2, %506#3) : (tensor<2x3xui32>, tensor<2x3xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<2x3xui32>, tensor<2x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2x3xui32>, tensor<2x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_1", sym_visibility = "private"}> ({
  ^bb0(%arg117: tensor<i32>, %arg118: tensor<2x3xui32>, %arg119: tensor<2x3xui32>, %arg120: tensor<ui32>, %arg121: tensor<ui32>, %arg122: tensor<ui32>, %arg123: tensor<4xui32>, %arg124: tensor<4xui32>):
    %440 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %441 = "stablehlo.add"(%arg117, %440) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %442 = "stablehlo.slice"(%arg123) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %443 = "stablehlo.reshape"(%442) : (tensor<1xui32>) -> tensor<ui32>
    %444 = "stablehlo.add"(%arg118, %arg119) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %445 = "stablehlo.broadcast_in_dim"(%443) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %446 = "stablehlo.shift_left"(%arg119, %445) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %447 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %448 = "stablehlo.subtract"(%447, %443) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %449 = "stablehlo.broadcast_in_dim"(%448) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %450 = "stablehlo.shift_right_logical"(%arg119, %449) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %451 = "stablehlo.or"(%446, %450) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %452 = "stablehlo.xor"(%444, %451) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %453 = "stablehlo.slice"(%arg123) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %454 = "stablehlo.reshape"(%453) : (tensor<1xui32>) -> tensor<ui32>
    %455 = "stablehlo.add"(%444, %452) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %456 = "stablehlo.broadcast_in_dim"(%454) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %457 = "stablehlo.shift_left"(%452, %456) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %458 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %459 = "stablehlo.subtract"(%458, %454) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %460 = "stablehlo.broadcast_in_dim"(%459) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %461 = "stablehlo.shift_right_logical"(%452, %460) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %462 = "stablehlo.or"(%457, %461) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %463 = "stablehlo.xor"(%455, %462) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %464 = "stablehlo.slice"(%arg123) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %465 = "stablehlo.reshape"(%464) : (tensor<1xui32>) -> tensor<ui32>
    %466 = "stablehlo.add"(%455, %463) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %467 = "stablehlo.broadcast_in_dim"(%465) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %468 = "stablehlo.shift_left"(%463, %467) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %469 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %470 = "stablehlo.subtract"(%469, %465) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %471 = "stablehlo.broadcast_in_dim"(%470) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %472 = "stablehlo.shift_right_logical"(%463, %471) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %473 = "stablehlo.or"(%468, %472) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %474 = "stablehlo.xor"(%466, %473) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %475 = "stablehlo.slice"(%arg123) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %476 = "stablehlo.reshape"(%475) : (tensor<1xui32>) -> tensor<ui32>
    %477 = "stablehlo.add"(%466, %474) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %478 = "stablehlo.broadcast_in_dim"(%476) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %479 = "stablehlo.shift_left"(%474, %478) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %480 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %481 = "stablehlo.subtract"(%480, %476) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %482 = "stablehlo.broadcast_in_dim"(%481) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %483 = "stablehlo.shift_right_logical"(%474, %482) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %484 = "stablehlo.or"(%479, %483) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %485 = "stablehlo.xor"(%477, %484) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %486 = "stablehlo.broadcast_in_dim"(%arg120) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %487 = "stablehlo.add"(%477, %486) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %488 = "stablehlo.broadcast_in_dim"(%arg121) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %489 = "stablehlo.add"(%485, %488) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    %490 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %491 = "stablehlo.add"(%arg117, %490) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %492 = "stablehlo.convert"(%491) : (tensor<i32>) -> tensor<ui32>
    %493 = "stablehlo.broadcast_in_dim"(%492) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2x3xui32>
    %494 = "stablehlo.add"(%489, %493) : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x3xui32>
    "func.return"(%441, %487, %494, %arg121, %arg122, %arg120, %arg124, %arg123) : (tensor<i32>, tensor<2x3xui32>, tensor<2x3xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_uniform_2", sym_visibility = "private"}> ({
  ^bb0(%arg114: tensor<2xui32>, %arg115: tensor<f32>, %arg116: tensor<f32>):
    %404 = "stablehlo.convert"(%arg115) : (tensor<f32>) -> tensor<f32>
    %405 = "stablehlo.convert"(%arg116) : (tensor<f32>) -> tensor<f32>
    %406 = "stablehlo.broadcast_in_dim"(%404) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %407 = "stablehlo.broadcast_in_dim"(%405) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %408 = "stablehlo.slice"(%arg114) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %409 = "stablehlo.reshape"(%408) : (tensor<1xui32>) -> tensor<ui32>
    %410 = "stablehlo.slice"(%arg114) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %411 = "stablehlo.reshape"(%410) : (tensor<1xui32>) -> tensor<ui32>
    %412 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xui64>
    %413 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %414 = "stablehlo.broadcast_in_dim"(%413) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %415 = "stablehlo.multiply"(%414, %412) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %416 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %417 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %418 = "stablehlo.shift_right_logical"(%415, %417) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %419 = "stablehlo.convert"(%415) : (tensor<4xui64>) -> tensor<4xui32>
    %420 = "stablehlo.convert"(%418) : (tensor<4xui64>) -> tensor<4xui32>
    %421:2 = "func.call"(%409, %411, %420, %419) <{callee = @threefry2x32_3}> : (tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<4xui32>, tensor<4xui32>)
    %422 = "stablehlo.xor"(%421#0, %421#1) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %423 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %424 = "stablehlo.broadcast_in_dim"(%423) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %425 = "stablehlo.shift_right_logical"(%422, %424) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %426 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %427 = "stablehlo.broadcast_in_dim"(%426) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %428 = "stablehlo.or"(%425, %427) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %429 = "stablehlo.bitcast_convert"(%428) : (tensor<4xui32>) -> tensor<4xf32>
    %430 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %431 = "stablehlo.broadcast_in_dim"(%430) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %432 = "stablehlo.subtract"(%429, %431) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %433 = "stablehlo.subtract"(%407, %406) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %434 = "stablehlo.broadcast_in_dim"(%433) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<4xf32>
    %435 = "stablehlo.multiply"(%432, %434) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %436 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<4xf32>
    %437 = "stablehlo.add"(%435, %436) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %438 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<4xf32>
    %439 = "stablehlo.maximum"(%438, %437) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%439) : (tensor<4xf32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<4xui32>, tensor<4xui32>), sym_name = "threefry2x32_3", sym_visibility = "private"}> ({
  ^bb0(%arg92: tensor<ui32>, %arg93: tensor<ui32>, %arg94: tensor<4xui32>, %arg95: tensor<4xui32>):
    %387 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %388 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %389 = "stablehlo.xor"(%arg92, %arg93) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %390 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %391 = "stablehlo.xor"(%389, %390) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %392 = "stablehlo.broadcast_in_dim"(%arg92) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %393 = "stablehlo.add"(%arg94, %392) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %394 = "stablehlo.broadcast_in_dim"(%arg93) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %395 = "stablehlo.add"(%arg95, %394) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %396 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %397 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %398:9 = "stablehlo.while"(%397, %396, %393, %395, %arg93, %391, %arg92, %387, %388) ({
    ^bb0(%arg105: tensor<i32>, %arg106: tensor<i32>, %arg107: tensor<4xui32>, %arg108: tensor<4xui32>, %arg109: tensor<ui32>, %arg110: tensor<ui32>, %arg111: tensor<ui32>, %arg112: tensor<4xui32>, %arg113: tensor<4xui32>):
      %402 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %403 = "stablehlo.compare"(%arg105, %402) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%403) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg96: tensor<i32>, %arg97: tensor<i32>, %arg98: tensor<4xui32>, %arg99: tensor<4xui32>, %arg100: tensor<ui32>, %arg101: tensor<ui32>, %arg102: tensor<ui32>, %arg103: tensor<4xui32>, %arg104: tensor<4xui32>):
      %399:8 = "func.call"(%arg97, %arg98, %arg99, %arg100, %arg101, %arg102, %arg103, %arg104) <{callee = @closed_call_4}> : (tensor<i32>, tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %400 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %401 = "stablehlo.add"(%arg96, %400) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%401, %399#0, %399#1, %399#2, %399#3, %399#4, %399#5, %399#6, %399#7) : (tensor<i32>, tensor<i32>, tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%398#2, %398#3) : (tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_4", sym_visibility = "private"}> ({
  ^bb0(%arg84: tensor<i32>, %arg85: tensor<4xui32>, %arg86: tensor<4xui32>, %arg87: tensor<ui32>, %arg88: tensor<ui32>, %arg89: tensor<ui32>, %arg90: tensor<4xui32>, %arg91: tensor<4xui32>):
    %332 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %333 = "stablehlo.add"(%arg84, %332) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %334 = "stablehlo.slice"(%arg90) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %335 = "stablehlo.reshape"(%334) : (tensor<1xui32>) -> tensor<ui32>
    %336 = "stablehlo.add"(%arg85, %arg86) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %337 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %338 = "stablehlo.shift_left"(%arg86, %337) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %339 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %340 = "stablehlo.subtract"(%339, %335) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %341 = "stablehlo.broadcast_in_dim"(%340) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %342 = "stablehlo.shift_right_logical"(%arg86, %341) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %343 = "stablehlo.or"(%338, %342) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %344 = "stablehlo.xor"(%336, %343) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %345 = "stablehlo.slice"(%arg90) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %346 = "stablehlo.reshape"(%345) : (tensor<1xui32>) -> tensor<ui32>
    %347 = "stablehlo.add"(%336, %344) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %348 = "stablehlo.broadcast_in_dim"(%346) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %349 = "stablehlo.shift_left"(%344, %348) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %350 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %351 = "stablehlo.subtract"(%350, %346) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %352 = "stablehlo.broadcast_in_dim"(%351) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %353 = "stablehlo.shift_right_logical"(%344, %352) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %354 = "stablehlo.or"(%349, %353) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %355 = "stablehlo.xor"(%347, %354) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %356 = "stablehlo.slice"(%arg90) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %357 = "stablehlo.reshape"(%356) : (tensor<1xui32>) -> tensor<ui32>
    %358 = "stablehlo.add"(%347, %355) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %359 = "stablehlo.broadcast_in_dim"(%357) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %360 = "stablehlo.shift_left"(%355, %359) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %361 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %362 = "stablehlo.subtract"(%361, %357) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %363 = "stablehlo.broadcast_in_dim"(%362) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %364 = "stablehlo.shift_right_logical"(%355, %363) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %365 = "stablehlo.or"(%360, %364) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %366 = "stablehlo.xor"(%358, %365) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %367 = "stablehlo.slice"(%arg90) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %368 = "stablehlo.reshape"(%367) : (tensor<1xui32>) -> tensor<ui32>
    %369 = "stablehlo.add"(%358, %366) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %370 = "stablehlo.broadcast_in_dim"(%368) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %371 = "stablehlo.shift_left"(%366, %370) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %372 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %373 = "stablehlo.subtract"(%372, %368) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %374 = "stablehlo.broadcast_in_dim"(%373) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %375 = "stablehlo.shift_right_logical"(%366, %374) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %376 = "stablehlo.or"(%371, %375) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %377 = "stablehlo.xor"(%369, %376) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %378 = "stablehlo.broadcast_in_dim"(%arg87) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %379 = "stablehlo.add"(%369, %378) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %380 = "stablehlo.broadcast_in_dim"(%arg88) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %381 = "stablehlo.add"(%377, %380) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %382 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %383 = "stablehlo.add"(%arg84, %382) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %384 = "stablehlo.convert"(%383) : (tensor<i32>) -> tensor<ui32>
    %385 = "stablehlo.broadcast_in_dim"(%384) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %386 = "stablehlo.add"(%381, %385) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    "func.return"(%333, %379, %386, %arg88, %arg89, %arg87, %arg91, %arg90) : (tensor<i32>, tensor<4xui32>, tensor<4xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<i32>, tensor<i32>) -> tensor<4xi32>, res_attrs = [{}], sym_name = "_randint", sym_visibility = "private"}> ({
  ^bb0(%arg81: tensor<2xui32>, %arg82: tensor<i32>, %arg83: tensor<i32>):
    %252 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
    %253 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %254 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
    %255 = "func.call"(%252, %253, %254) <{callee = @clip}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %256 = "stablehlo.compare"(%arg83, %255) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %257 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %258 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
    %259 = "func.call"(%arg82, %257, %258) <{callee = @clip_5}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %260 = "stablehlo.convert"(%259) : (tensor<i32>) -> tensor<i32>
    %261 = "stablehlo.constant"() <{value = dense<-2147483648> : tensor<i32>}> : () -> tensor<i32>
    %262 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
    %263 = "func.call"(%arg83, %261, %262) <{callee = @clip_5}> : (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %264 = "stablehlo.convert"(%263) : (tensor<i32>) -> tensor<i32>
    %265 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %266 = "stablehlo.broadcast_in_dim"(%264) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<1xi32>
    %267 = "func.call"(%arg81) <{callee = @_threefry_split_6}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %268 = "stablehlo.slice"(%267) <{limit_indices = array<i64: 1, 2>, start_indices = array<i64: 0, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %269 = "stablehlo.reshape"(%268) : (tensor<1x2xui32>) -> tensor<2xui32>
    %270 = "stablehlo.slice"(%267) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %271 = "stablehlo.reshape"(%270) : (tensor<1x2xui32>) -> tensor<2xui32>
    %272 = "stablehlo.slice"(%269) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %273 = "stablehlo.reshape"(%272) : (tensor<1xui32>) -> tensor<ui32>
    %274 = "stablehlo.slice"(%269) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %275 = "stablehlo.reshape"(%274) : (tensor<1xui32>) -> tensor<ui32>
    %276 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xui64>
    %277 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %278 = "stablehlo.broadcast_in_dim"(%277) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %279 = "stablehlo.multiply"(%278, %276) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %280 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %281 = "stablehlo.broadcast_in_dim"(%280) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %282 = "stablehlo.shift_right_logical"(%279, %281) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %283 = "stablehlo.convert"(%279) : (tensor<4xui64>) -> tensor<4xui32>
    %284 = "stablehlo.convert"(%282) : (tensor<4xui64>) -> tensor<4xui32>
    %285:2 = "func.call"(%273, %275, %284, %283) <{callee = @threefry2x32_3}> : (tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<4xui32>, tensor<4xui32>)
    %286 = "stablehlo.xor"(%285#0, %285#1) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %287 = "stablehlo.slice"(%271) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %288 = "stablehlo.reshape"(%287) : (tensor<1xui32>) -> tensor<ui32>
    %289 = "stablehlo.slice"(%271) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %290 = "stablehlo.reshape"(%289) : (tensor<1xui32>) -> tensor<ui32>
    %291 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<4xui64>
    %292 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %293 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %294 = "stablehlo.multiply"(%293, %291) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %295 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %296 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<4xui64>
    %297 = "stablehlo.shift_right_logical"(%294, %296) : (tensor<4xui64>, tensor<4xui64>) -> tensor<4xui64>
    %298 = "stablehlo.convert"(%294) : (tensor<4xui64>) -> tensor<4xui32>
    %299 = "stablehlo.convert"(%297) : (tensor<4xui64>) -> tensor<4xui32>
    %300:2 = "func.call"(%288, %290, %299, %298) <{callee = @threefry2x32_3}> : (tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<4xui32>, tensor<4xui32>)
    %301 = "stablehlo.xor"(%300#0, %300#1) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %302 = "stablehlo.subtract"(%266, %265) : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi32>
    %303 = "stablehlo.convert"(%302) : (tensor<1xi32>) -> tensor<1xui32>
    %304 = "stablehlo.compare"(%266, %265) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %305 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %306 = "stablehlo.broadcast_in_dim"(%305) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %307 = "stablehlo.select"(%304, %306, %303) : (tensor<1xi1>, tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %308 = "stablehlo.compare"(%266, %265) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<1xi32>, tensor<1xi32>) -> tensor<1xi1>
    %309 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<1xi1>
    %310 = "stablehlo.and"(%309, %308) : (tensor<1xi1>, tensor<1xi1>) -> tensor<1xi1>
    %311 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %312 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %313 = "stablehlo.add"(%307, %312) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %314 = "stablehlo.select"(%310, %313, %307) : (tensor<1xi1>, tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %315 = "stablehlo.constant"() <{value = dense<65536> : tensor<ui32>}> : () -> tensor<ui32>
    %316 = "stablehlo.broadcast_in_dim"(%315) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<1xui32>
    %317 = "stablehlo.remainder"(%316, %314) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %318 = "stablehlo.multiply"(%317, %317) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %319 = "stablehlo.remainder"(%318, %314) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %320 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<4xui32>
    %321 = "stablehlo.remainder"(%286, %320) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %322 = "stablehlo.broadcast_in_dim"(%319) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<4xui32>
    %323 = "stablehlo.multiply"(%321, %322) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %324 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<4xui32>
    %325 = "stablehlo.remainder"(%301, %324) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %326 = "stablehlo.add"(%323, %325) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %327 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xui32>) -> tensor<4xui32>
    %328 = "stablehlo.remainder"(%326, %327) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %329 = "stablehlo.convert"(%328) : (tensor<4xui32>) -> tensor<4xi32>
    %330 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xi32>) -> tensor<4xi32>
    %331 = "stablehlo.add"(%330, %329) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
    "func.return"(%331) : (tensor<4xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "clip", sym_visibility = "private"}> ({
  ^bb0(%arg78: tensor<i32>, %arg79: tensor<i32>, %arg80: tensor<i32>):
    %250 = "stablehlo.maximum"(%arg79, %arg78) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %251 = "stablehlo.minimum"(%arg80, %250) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%251) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "clip_5", sym_visibility = "private"}> ({
  ^bb0(%arg75: tensor<i32>, %arg76: tensor<i32>, %arg77: tensor<i32>):
    %248 = "stablehlo.maximum"(%arg76, %arg75) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %249 = "stablehlo.minimum"(%arg77, %248) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%249) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<2xui32>) -> tensor<2x2xui32>, res_attrs = [{}], sym_name = "_threefry_split_6", sym_visibility = "private"}> ({
  ^bb0(%arg74: tensor<2xui32>):
    %231 = "stablehlo.slice"(%arg74) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %232 = "stablehlo.reshape"(%231) : (tensor<1xui32>) -> tensor<ui32>
    %233 = "stablehlo.slice"(%arg74) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %234 = "stablehlo.reshape"(%233) : (tensor<1xui32>) -> tensor<ui32>
    %235 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<2xui64>
    %236 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %237 = "stablehlo.broadcast_in_dim"(%236) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %238 = "stablehlo.multiply"(%237, %235) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %239 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %240 = "stablehlo.broadcast_in_dim"(%239) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<2xui64>
    %241 = "stablehlo.shift_right_logical"(%238, %240) : (tensor<2xui64>, tensor<2xui64>) -> tensor<2xui64>
    %242 = "stablehlo.convert"(%238) : (tensor<2xui64>) -> tensor<2xui32>
    %243 = "stablehlo.convert"(%241) : (tensor<2xui64>) -> tensor<2xui32>
    %244:2 = "func.call"(%232, %234, %243, %242) <{callee = @threefry2x32_7}> : (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>)
    %245 = "stablehlo.broadcast_in_dim"(%244#0) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %246 = "stablehlo.broadcast_in_dim"(%244#1) <{broadcast_dimensions = array<i64: 0>}> : (tensor<2xui32>) -> tensor<2x1xui32>
    %247 = "stablehlo.concatenate"(%245, %246) <{dimension = 1 : i64}> : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
    "func.return"(%247) : (tensor<2x2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<2xui32>, tensor<2xui32>) -> (tensor<2xui32>, tensor<2xui32>), sym_name = "threefry2x32_7", sym_visibility = "private"}> ({
  ^bb0(%arg52: tensor<ui32>, %arg53: tensor<ui32>, %arg54: tensor<2xui32>, %arg55: tensor<2xui32>):
    %214 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %215 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %216 = "stablehlo.xor"(%arg52, %arg53) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %217 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %218 = "stablehlo.xor"(%216, %217) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %219 = "stablehlo.broadcast_in_dim"(%arg52) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %220 = "stablehlo.add"(%arg54, %219) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %221 = "stablehlo.broadcast_in_dim"(%arg53) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %222 = "stablehlo.add"(%arg55, %221) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %223 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %224 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %225:9 = "stablehlo.while"(%224, %223, %220, %222, %arg53, %218, %arg52, %214, %215) ({
    ^bb0(%arg65: tensor<i32>, %arg66: tensor<i32>, %arg67: tensor<2xui32>, %arg68: tensor<2xui32>, %arg69: tensor<ui32>, %arg70: tensor<ui32>, %arg71: tensor<ui32>, %arg72: tensor<4xui32>, %arg73: tensor<4xui32>):
      %229 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %230 = "stablehlo.compare"(%arg65, %229) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%230) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg56: tensor<i32>, %arg57: tensor<i32>, %arg58: tensor<2xui32>, %arg59: tensor<2xui32>, %arg60: tensor<ui32>, %arg61: tensor<ui32>, %arg62: tensor<ui32>, %arg63: tensor<4xui32>, %arg64: tensor<4xui32>):
      %226:8 = "func.call"(%arg57, %arg58, %arg59, %arg60, %arg61, %arg62, %arg63, %arg64) <{callee = @closed_call_8}> : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %227 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %228 = "stablehlo.add"(%arg56, %227) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%228, %226#0, %226#1, %226#2, %226#3, %226#4, %226#5, %226#6, %226#7) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%225#2, %225#3) : (tensor<2xui32>, tensor<2xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_8", sym_visibility = "private"}> ({
  ^bb0(%arg44: tensor<i32>, %arg45: tensor<2xui32>, %arg46: tensor<2xui32>, %arg47: tensor<ui32>, %arg48: tensor<ui32>, %arg49: tensor<ui32>, %arg50: tensor<4xui32>, %arg51: tensor<4xui32>):
    %159 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %160 = "stablehlo.add"(%arg44, %159) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %161 = "stablehlo.slice"(%arg50) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %162 = "stablehlo.reshape"(%161) : (tensor<1xui32>) -> tensor<ui32>
    %163 = "stablehlo.add"(%arg45, %arg46) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %164 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %165 = "stablehlo.shift_left"(%arg46, %164) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %166 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %167 = "stablehlo.subtract"(%166, %162) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %168 = "stablehlo.broadcast_in_dim"(%167) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %169 = "stablehlo.shift_right_logical"(%arg46, %168) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %170 = "stablehlo.or"(%165, %169) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %171 = "stablehlo.xor"(%163, %170) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %172 = "stablehlo.slice"(%arg50) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %173 = "stablehlo.reshape"(%172) : (tensor<1xui32>) -> tensor<ui32>
    %174 = "stablehlo.add"(%163, %171) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %175 = "stablehlo.broadcast_in_dim"(%173) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %176 = "stablehlo.shift_left"(%171, %175) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %177 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %178 = "stablehlo.subtract"(%177, %173) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %179 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %180 = "stablehlo.shift_right_logical"(%171, %179) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %181 = "stablehlo.or"(%176, %180) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %182 = "stablehlo.xor"(%174, %181) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %183 = "stablehlo.slice"(%arg50) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %184 = "stablehlo.reshape"(%183) : (tensor<1xui32>) -> tensor<ui32>
    %185 = "stablehlo.add"(%174, %182) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %186 = "stablehlo.broadcast_in_dim"(%184) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %187 = "stablehlo.shift_left"(%182, %186) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %188 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %189 = "stablehlo.subtract"(%188, %184) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %190 = "stablehlo.broadcast_in_dim"(%189) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %191 = "stablehlo.shift_right_logical"(%182, %190) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %192 = "stablehlo.or"(%187, %191) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %193 = "stablehlo.xor"(%185, %192) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %194 = "stablehlo.slice"(%arg50) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %195 = "stablehlo.reshape"(%194) : (tensor<1xui32>) -> tensor<ui32>
    %196 = "stablehlo.add"(%185, %193) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %197 = "stablehlo.broadcast_in_dim"(%195) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %198 = "stablehlo.shift_left"(%193, %197) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %199 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %200 = "stablehlo.subtract"(%199, %195) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %202 = "stablehlo.shift_right_logical"(%193, %201) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %203 = "stablehlo.or"(%198, %202) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %204 = "stablehlo.xor"(%196, %203) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %205 = "stablehlo.broadcast_in_dim"(%arg47) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %206 = "stablehlo.add"(%196, %205) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %207 = "stablehlo.broadcast_in_dim"(%arg48) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %208 = "stablehlo.add"(%204, %207) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %209 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %210 = "stablehlo.add"(%arg44, %209) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %211 = "stablehlo.convert"(%210) : (tensor<i32>) -> tensor<ui32>
    %212 = "stablehlo.broadcast_in_dim"(%211) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<2xui32>
    %213 = "stablehlo.add"(%208, %212) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    "func.return"(%160, %206, %213, %arg48, %arg49, %arg47, %arg51, %arg50) : (tensor<i32>, tensor<2xui32>, tensor<2xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xui32>, tensor<6xi32>) -> tensor<6xi32>, res_attrs = [{}], sym_name = "_shuffle", sym_visibility = "private"}> ({
  ^bb0(%arg38: tensor<2xui32>, %arg39: tensor<6xi32>):
    %139 = "func.call"(%arg38) <{callee = @_threefry_split_6}> : (tensor<2xui32>) -> tensor<2x2xui32>
    %140 = "stablehlo.slice"(%139) <{limit_indices = array<i64: 2, 2>, start_indices = array<i64: 1, 0>, strides = array<i64: 1, 1>}> : (tensor<2x2xui32>) -> tensor<1x2xui32>
    %141 = "stablehlo.reshape"(%140) : (tensor<1x2xui32>) -> tensor<2xui32>
    %142 = "stablehlo.slice"(%141) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %143 = "stablehlo.reshape"(%142) : (tensor<1xui32>) -> tensor<ui32>
    %144 = "stablehlo.slice"(%141) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %145 = "stablehlo.reshape"(%144) : (tensor<1xui32>) -> tensor<ui32>
    %146 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<6xui64>
    %147 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %148 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<6xui64>
    %149 = "stablehlo.multiply"(%148, %146) : (tensor<6xui64>, tensor<6xui64>) -> tensor<6xui64>
    %150 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %151 = "stablehlo.broadcast_in_dim"(%150) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<6xui64>
    %152 = "stablehlo.shift_right_logical"(%149, %151) : (tensor<6xui64>, tensor<6xui64>) -> tensor<6xui64>
    %153 = "stablehlo.convert"(%149) : (tensor<6xui64>) -> tensor<6xui32>
    %154 = "stablehlo.convert"(%152) : (tensor<6xui64>) -> tensor<6xui32>
    %155:2 = "func.call"(%143, %145, %154, %153) <{callee = @threefry2x32_9}> : (tensor<ui32>, tensor<ui32>, tensor<6xui32>, tensor<6xui32>) -> (tensor<6xui32>, tensor<6xui32>)
    %156 = "stablehlo.xor"(%155#0, %155#1) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %157:2 = "stablehlo.sort"(%156, %arg39) <{dimension = 0 : i64, is_stable = true}> ({
    ^bb0(%arg40: tensor<ui32>, %arg41: tensor<ui32>, %arg42: tensor<i32>, %arg43: tensor<i32>):
      %158 = "stablehlo.compare"(%arg40, %arg41) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<ui32>, tensor<ui32>) -> tensor<i1>
      "stablehlo.return"(%158) : (tensor<i1>) -> ()
    }) : (tensor<6xui32>, tensor<6xi32>) -> (tensor<6xui32>, tensor<6xi32>)
    "func.return"(%157#1) : (tensor<6xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<ui32>, tensor<ui32>, tensor<6xui32>, tensor<6xui32>) -> (tensor<6xui32>, tensor<6xui32>), sym_name = "threefry2x32_9", sym_visibility = "private"}> ({
  ^bb0(%arg16: tensor<ui32>, %arg17: tensor<ui32>, %arg18: tensor<6xui32>, %arg19: tensor<6xui32>):
    %122 = "stablehlo.constant"() <{value = dense<[13, 15, 26, 6]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %123 = "stablehlo.constant"() <{value = dense<[17, 29, 16, 24]> : tensor<4xui32>}> : () -> tensor<4xui32>
    %124 = "stablehlo.xor"(%arg16, %arg17) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %125 = "stablehlo.constant"() <{value = dense<466688986> : tensor<ui32>}> : () -> tensor<ui32>
    %126 = "stablehlo.xor"(%124, %125) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %127 = "stablehlo.broadcast_in_dim"(%arg16) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %128 = "stablehlo.add"(%arg18, %127) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %129 = "stablehlo.broadcast_in_dim"(%arg17) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %130 = "stablehlo.add"(%arg19, %129) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %131 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %132 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %133:9 = "stablehlo.while"(%132, %131, %128, %130, %arg17, %126, %arg16, %122, %123) ({
    ^bb0(%arg29: tensor<i32>, %arg30: tensor<i32>, %arg31: tensor<6xui32>, %arg32: tensor<6xui32>, %arg33: tensor<ui32>, %arg34: tensor<ui32>, %arg35: tensor<ui32>, %arg36: tensor<4xui32>, %arg37: tensor<4xui32>):
      %137 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
      %138 = "stablehlo.compare"(%arg29, %137) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      "stablehlo.return"(%138) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg20: tensor<i32>, %arg21: tensor<i32>, %arg22: tensor<6xui32>, %arg23: tensor<6xui32>, %arg24: tensor<ui32>, %arg25: tensor<ui32>, %arg26: tensor<ui32>, %arg27: tensor<4xui32>, %arg28: tensor<4xui32>):
      %134:8 = "func.call"(%arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28) <{callee = @closed_call_10}> : (tensor<i32>, tensor<6xui32>, tensor<6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<6xui32>, tensor<6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
      %135 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %136 = "stablehlo.add"(%arg20, %135) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%136, %134#0, %134#1, %134#2, %134#3, %134#4, %134#5, %134#6, %134#7) : (tensor<i32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
    }) : (tensor<i32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<i32>, tensor<6xui32>, tensor<6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>)
    "func.return"(%133#2, %133#3) : (tensor<6xui32>, tensor<6xui32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<i32>, tensor<6xui32>, tensor<6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> (tensor<i32>, tensor<6xui32>, tensor<6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>), res_attrs = [{}, {}, {}, {}, {}, {}, {}, {}], sym_name = "closed_call_10", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<i32>, %arg9: tensor<6xui32>, %arg10: tensor<6xui32>, %arg11: tensor<ui32>, %arg12: tensor<ui32>, %arg13: tensor<ui32>, %arg14: tensor<4xui32>, %arg15: tensor<4xui32>):
    %67 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %68 = "stablehlo.add"(%arg8, %67) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %69 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %70 = "stablehlo.reshape"(%69) : (tensor<1xui32>) -> tensor<ui32>
    %71 = "stablehlo.add"(%arg9, %arg10) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %72 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %73 = "stablehlo.shift_left"(%arg10, %72) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %74 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %75 = "stablehlo.subtract"(%74, %70) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %76 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %77 = "stablehlo.shift_right_logical"(%arg10, %76) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %78 = "stablehlo.or"(%73, %77) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %79 = "stablehlo.xor"(%71, %78) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %80 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %81 = "stablehlo.reshape"(%80) : (tensor<1xui32>) -> tensor<ui32>
    %82 = "stablehlo.add"(%71, %79) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %83 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %84 = "stablehlo.shift_left"(%79, %83) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %85 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %86 = "stablehlo.subtract"(%85, %81) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %87 = "stablehlo.broadcast_in_dim"(%86) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %88 = "stablehlo.shift_right_logical"(%79, %87) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %89 = "stablehlo.or"(%84, %88) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %90 = "stablehlo.xor"(%82, %89) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %91 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 3>, start_indices = array<i64: 2>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %92 = "stablehlo.reshape"(%91) : (tensor<1xui32>) -> tensor<ui32>
    %93 = "stablehlo.add"(%82, %90) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %94 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %95 = "stablehlo.shift_left"(%90, %94) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %96 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %97 = "stablehlo.subtract"(%96, %92) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %98 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %99 = "stablehlo.shift_right_logical"(%90, %98) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %100 = "stablehlo.or"(%95, %99) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %101 = "stablehlo.xor"(%93, %100) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %102 = "stablehlo.slice"(%arg14) <{limit_indices = array<i64: 4>, start_indices = array<i64: 3>, strides = array<i64: 1>}> : (tensor<4xui32>) -> tensor<1xui32>
    %103 = "stablehlo.reshape"(%102) : (tensor<1xui32>) -> tensor<ui32>
    %104 = "stablehlo.add"(%93, %101) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %105 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %106 = "stablehlo.shift_left"(%101, %105) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %107 = "stablehlo.constant"() <{value = dense<32> : tensor<ui32>}> : () -> tensor<ui32>
    %108 = "stablehlo.subtract"(%107, %103) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %109 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %110 = "stablehlo.shift_right_logical"(%101, %109) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %111 = "stablehlo.or"(%106, %110) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %112 = "stablehlo.xor"(%104, %111) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %113 = "stablehlo.broadcast_in_dim"(%arg11) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %114 = "stablehlo.add"(%104, %113) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %115 = "stablehlo.broadcast_in_dim"(%arg12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %116 = "stablehlo.add"(%112, %115) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %117 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %118 = "stablehlo.add"(%arg8, %117) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %119 = "stablehlo.convert"(%118) : (tensor<i32>) -> tensor<ui32>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %121 = "stablehlo.add"(%116, %120) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    "func.return"(%68, %114, %121, %arg12, %arg13, %arg11, %arg15, %arg14) : (tensor<i32>, tensor<6xui32>, tensor<6xui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<4xui32>, tensor<4xui32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<2xui32>, tensor<f32>) -> tensor<6xi1>, res_attrs = [{}], sym_name = "_bernoulli", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<2xui32>, %arg7: tensor<f32>):
    %62 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %63 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %64 = "func.call"(%arg6, %62, %63) <{callee = @_uniform_11}> : (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<6xf32>
    %65 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %66 = "stablehlo.compare"(%64, %65) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xi1>
    "func.return"(%66) : (tensor<6xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<2xui32>, tensor<f32>, tensor<f32>) -> tensor<6xf32>, res_attrs = [{}], sym_name = "_uniform_11", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<2xui32>, %arg4: tensor<f32>, %arg5: tensor<f32>):
    %26 = "stablehlo.convert"(%arg4) : (tensor<f32>) -> tensor<f32>
    %27 = "stablehlo.convert"(%arg5) : (tensor<f32>) -> tensor<f32>
    %28 = "stablehlo.broadcast_in_dim"(%26) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %29 = "stablehlo.broadcast_in_dim"(%27) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %30 = "stablehlo.slice"(%arg3) <{limit_indices = array<i64: 1>, start_indices = array<i64: 0>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %31 = "stablehlo.reshape"(%30) : (tensor<1xui32>) -> tensor<ui32>
    %32 = "stablehlo.slice"(%arg3) <{limit_indices = array<i64: 2>, start_indices = array<i64: 1>, strides = array<i64: 1>}> : (tensor<2xui32>) -> tensor<1xui32>
    %33 = "stablehlo.reshape"(%32) : (tensor<1xui32>) -> tensor<ui32>
    %34 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<6xui64>
    %35 = "stablehlo.constant"() <{value = dense<1> : tensor<ui64>}> : () -> tensor<ui64>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<6xui64>
    %37 = "stablehlo.multiply"(%36, %34) : (tensor<6xui64>, tensor<6xui64>) -> tensor<6xui64>
    %38 = "stablehlo.constant"() <{value = dense<32> : tensor<ui64>}> : () -> tensor<ui64>
    %39 = "stablehlo.broadcast_in_dim"(%38) <{broadcast_dimensions = array<i64>}> : (tensor<ui64>) -> tensor<6xui64>
    %40 = "stablehlo.shift_right_logical"(%37, %39) : (tensor<6xui64>, tensor<6xui64>) -> tensor<6xui64>
    %41 = "stablehlo.convert"(%37) : (tensor<6xui64>) -> tensor<6xui32>
    %42 = "stablehlo.convert"(%40) : (tensor<6xui64>) -> tensor<6xui32>
    %43:2 = "func.call"(%31, %33, %42, %41) <{callee = @threefry2x32_9}> : (tensor<ui32>, tensor<ui32>, tensor<6xui32>, tensor<6xui32>) -> (tensor<6xui32>, tensor<6xui32>)
    %44 = "stablehlo.xor"(%43#0, %43#1) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %45 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %47 = "stablehlo.shift_right_logical"(%44, %46) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %48 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %49 = "stablehlo.broadcast_in_dim"(%48) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<6xui32>
    %50 = "stablehlo.or"(%47, %49) : (tensor<6xui32>, tensor<6xui32>) -> tensor<6xui32>
    %51 = "stablehlo.bitcast_convert"(%50) : (tensor<6xui32>) -> tensor<6xf32>
    %52 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %53 = "stablehlo.broadcast_in_dim"(%52) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<6xf32>
    %54 = "stablehlo.subtract"(%51, %53) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %55 = "stablehlo.subtract"(%29, %28) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<6xf32>
    %57 = "stablehlo.multiply"(%54, %56) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %58 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<6xf32>
    %59 = "stablehlo.add"(%57, %58) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    %60 = "stablehlo.broadcast_in_dim"(%28) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<6xf32>
    %61 = "stablehlo.maximum"(%60, %59) : (tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
    "func.return"(%61) : (tensor<6xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<4xui32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>, res_attrs = [{}], sym_name = "_uniform_12", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<4xui32>, %arg1: tensor<f32>, %arg2: tensor<f32>):
    %0 = "stablehlo.convert"(%arg1) : (tensor<f32>) -> tensor<f32>
    %1 = "stablehlo.convert"(%arg2) : (tensor<f32>) -> tensor<f32>
    %2 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %3 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<1xf32>
    %4 = "stablehlo.reshape"(%arg0) : (tensor<4xui32>) -> tensor<2x2xui32>
    %5 = "stablehlo.bitcast_convert"(%4) : (tensor<2x2xui32>) -> tensor<2xui64>
    %6:2 = "stablehlo.rng_bit_generator"(%5) <{rng_algorithm = #stablehlo<rng_algorithm DEFAULT>}> : (tensor<2xui64>) -> (tensor<2xui64>, tensor<4xui32>)
    %7 = "stablehlo.bitcast_convert"(%6#0) : (tensor<2xui64>) -> tensor<2x2xui32>
    %8 = "stablehlo.reshape"(%7) : (tensor<2x2xui32>) -> tensor<4xui32>
    %9 = "stablehlo.constant"() <{value = dense<9> : tensor<ui32>}> : () -> tensor<ui32>
    %10 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %11 = "stablehlo.shift_right_logical"(%6#1, %10) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %12 = "stablehlo.constant"() <{value = dense<1065353216> : tensor<ui32>}> : () -> tensor<ui32>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<4xui32>
    %14 = "stablehlo.or"(%11, %13) : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xui32>
    %15 = "stablehlo.bitcast_convert"(%14) : (tensor<4xui32>) -> tensor<4xf32>
    %16 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.broadcast_in_dim"(%16) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<4xf32>
    %18 = "stablehlo.subtract"(%15, %17) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %19 = "stablehlo.subtract"(%3, %2) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<4xf32>
    %21 = "stablehlo.multiply"(%18, %20) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %22 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<4xf32>
    %23 = "stablehlo.add"(%21, %22) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    %24 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64: 0>}> : (tensor<1xf32>) -> tensor<4xf32>
    %25 = "stablehlo.maximum"(%24, %23) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
    "func.return"(%25) : (tensor<4xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
