"builtin.module"() <{sym_name = "jit_ops_coverage_integer"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}, {}, {}, {}], function_type = (tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi8>, tensor<16xui16>) -> (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi1>, tensor<16xi32>, tensor<16xui32>, tensor<6x16xi1>, tensor<6x16xi1>, tensor<16xi1>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi8>, tensor<16xi8>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi1>, tensor<16xui32>, tensor<16xi32>, tensor<16xi1>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui16>, tensor<16xi32>, tensor<16xi1>), res_attrs = [{jax.result_info = "result['abs']"}, {jax.result_info = "result['add']"}, {jax.result_info = "result['and']"}, {jax.result_info = "result['and_bool']"}, {jax.result_info = "result['clz']"}, {jax.result_info = "result['clz_u']"}, {jax.result_info = "result['cmp_s']"}, {jax.result_info = "result['cmp_u']"}, {jax.result_info = "result['cmp_u16']"}, {jax.result_info = "result['div']"}, {jax.result_info = "result['div_u']"}, {jax.result_info = "result['floordiv']"}, {jax.result_info = "result['i8_clamp']"}, {jax.result_info = "result['i8_ops']"}, {jax.result_info = "result['ipow']"}, {jax.result_info = "result['max']"}, {jax.result_info = "result['max_u']"}, {jax.result_info = "result['min']"}, {jax.result_info = "result['mod']"}, {jax.result_info = "result['mul']"}, {jax.result_info = "result['neg']"}, {jax.result_info = "result['not']"}, {jax.result_info = "result['not_bool']"}, {jax.result_info = "result['not_u']"}, {jax.result_info = "result['or']"}, {jax.result_info = "result['or_bool']"}, {jax.result_info = "result['popcnt']"}, {jax.result_info = "result['popcnt_u']"}, {jax.result_info = "result['pow']"}, {jax.result_info = "result['rem']"}, {jax.result_info = "result['rem_u']"}, {jax.result_info = "result['shl']"}, {jax.result_info = "result['shl_oob']"}, {jax.result_info = "result['shl_u']"}, {jax.result_info = "result['shra']"}, {jax.result_info = "result['shrl']"}, {jax.result_info = "result['shrl_u']"}, {jax.result_info = "result['sign']"}, {jax.result_info = "result['sub']"}, {jax.result_info = "result['u16_ops']"}, {jax.result_info = "result['xor']"}, {jax.result_info = "result['xor_bool']"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg20: tensor<16xi32>, %arg21: tensor<16xi32>, %arg22: tensor<16xui32>, %arg23: tensor<16xi32>, %arg24: tensor<16xi8>, %arg25: tensor<16xui16>):
    %66 = "stablehlo.convert"(%arg23) : (tensor<16xi32>) -> tensor<16xui32>
    %67 = "stablehlo.add"(%arg20, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %68 = "stablehlo.subtract"(%arg20, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %69 = "stablehlo.multiply"(%arg20, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %70 = "stablehlo.divide"(%arg20, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %71 = "stablehlo.remainder"(%arg20, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %72 = "func.call"(%arg20, %arg21) <{callee = @floor_divide}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %73 = "func.call"(%arg20, %arg21) <{callee = @remainder}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %74 = "stablehlo.maximum"(%arg20, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %75 = "stablehlo.minimum"(%arg20, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %76 = "stablehlo.abs"(%arg20) : (tensor<16xi32>) -> tensor<16xi32>
    %77 = "stablehlo.negate"(%arg20) : (tensor<16xi32>) -> tensor<16xi32>
    %78 = "stablehlo.sign"(%arg20) : (tensor<16xi32>) -> tensor<16xi32>
    %79 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %80 = "func.call"(%arg23, %79) <{callee = @remainder_0}> : (tensor<16xi32>, tensor<i32>) -> tensor<16xi32>
    %81 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %82 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %83 = "stablehlo.compare"(%arg21, %82) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %84 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %85 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %86 = "stablehlo.compare"(%80, %85) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %87 = "stablehlo.and"(%83, %86) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %88 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %89 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %90 = "func.call"(%87, %88, %89) <{callee = @_where_2}> : (tensor<16xi1>, tensor<i32>, tensor<i32>) -> tensor<16xi32>
    %91 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %92 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %93 = "stablehlo.and"(%80, %92) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %94 = "stablehlo.multiply"(%90, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %95 = "func.call"(%93, %94, %90) <{callee = @_where_3}> : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %96 = "stablehlo.multiply"(%arg21, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %97 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %98 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %99 = "stablehlo.shift_right_logical"(%80, %98) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %100 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %101 = "stablehlo.broadcast_in_dim"(%100) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %102 = "stablehlo.and"(%99, %101) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %103 = "stablehlo.multiply"(%95, %96) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %104 = "func.call"(%102, %103, %95) <{callee = @_where_3}> : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %105 = "stablehlo.multiply"(%96, %96) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %106 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %107 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %108 = "stablehlo.shift_right_logical"(%99, %107) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %109 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %110 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %111 = "stablehlo.and"(%108, %110) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %112 = "stablehlo.multiply"(%104, %105) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %113 = "func.call"(%111, %112, %104) <{callee = @_where_3}> : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %114 = "stablehlo.multiply"(%105, %105) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %115 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %117 = "stablehlo.shift_right_logical"(%108, %116) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %118 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %120 = "stablehlo.and"(%117, %119) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %121 = "stablehlo.multiply"(%113, %114) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %122 = "func.call"(%120, %121, %113) <{callee = @_where_3}> : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %123 = "stablehlo.multiply"(%114, %114) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %124 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %125 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %126 = "stablehlo.shift_right_logical"(%117, %125) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %127 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %129 = "stablehlo.and"(%126, %128) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %130 = "stablehlo.multiply"(%122, %123) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %131 = "func.call"(%129, %130, %122) <{callee = @_where_3}> : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %132 = "stablehlo.multiply"(%123, %123) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %133 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %134 = "stablehlo.broadcast_in_dim"(%133) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %135 = "stablehlo.shift_right_logical"(%126, %134) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %136 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %137 = "stablehlo.broadcast_in_dim"(%136) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %138 = "stablehlo.and"(%135, %137) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %139 = "stablehlo.multiply"(%131, %132) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %140 = "func.call"(%138, %139, %131) <{callee = @_where_3}> : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %141 = "stablehlo.multiply"(%arg21, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %142 = "stablehlo.multiply"(%141, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %143 = "stablehlo.and"(%arg20, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %144 = "stablehlo.or"(%arg20, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %145 = "stablehlo.xor"(%arg20, %arg21) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %146 = "stablehlo.not"(%arg20) : (tensor<16xi32>) -> tensor<16xi32>
    %147 = "stablehlo.not"(%arg22) : (tensor<16xui32>) -> tensor<16xui32>
    %148 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %149 = "stablehlo.broadcast_in_dim"(%148) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %150 = "stablehlo.compare"(%arg20, %149) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %151 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %152 = "stablehlo.broadcast_in_dim"(%151) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %153 = "stablehlo.compare"(%arg21, %152) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %154 = "stablehlo.and"(%150, %153) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %155 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %157 = "stablehlo.compare"(%arg20, %156) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %158 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %159 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %160 = "stablehlo.compare"(%arg21, %159) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %161 = "stablehlo.or"(%157, %160) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %162 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %164 = "stablehlo.compare"(%arg20, %163) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %165 = "stablehlo.not"(%164) : (tensor<16xi1>) -> tensor<16xi1>
    %166 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %167 = "stablehlo.broadcast_in_dim"(%166) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %168 = "stablehlo.compare"(%arg20, %167) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %169 = "stablehlo.constant"() <{value = dense<5> : tensor<i32>}> : () -> tensor<i32>
    %170 = "stablehlo.broadcast_in_dim"(%169) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %171 = "stablehlo.compare"(%arg21, %170) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %172 = "stablehlo.xor"(%168, %171) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %173 = "stablehlo.shift_left"(%arg20, %arg23) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %174 = "stablehlo.shift_right_arithmetic"(%arg20, %arg23) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %175 = "stablehlo.shift_right_logical"(%arg20, %arg23) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %176 = "stablehlo.shift_left"(%arg22, %66) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %177 = "stablehlo.shift_right_logical"(%arg22, %66) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %178 = "stablehlo.constant"() <{value = dense<20> : tensor<i32>}> : () -> tensor<i32>
    %179 = "stablehlo.broadcast_in_dim"(%178) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %180 = "stablehlo.add"(%arg23, %179) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %181 = "stablehlo.shift_left"(%arg21, %180) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %182 = "stablehlo.count_leading_zeros"(%arg20) : (tensor<16xi32>) -> tensor<16xi32>
    %183 = "stablehlo.count_leading_zeros"(%arg22) : (tensor<16xui32>) -> tensor<16xui32>
    %184 = "stablehlo.popcnt"(%arg20) : (tensor<16xi32>) -> tensor<16xi32>
    %185 = "stablehlo.popcnt"(%arg22) : (tensor<16xui32>) -> tensor<16xui32>
    %186 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %187 = "stablehlo.broadcast_in_dim"(%186) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<16xui32>
    %188 = "stablehlo.add"(%66, %187) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %189 = "stablehlo.divide"(%arg22, %188) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %190 = "stablehlo.constant"() <{value = dense<1> : tensor<ui32>}> : () -> tensor<ui32>
    %191 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64>}> : (tensor<ui32>) -> tensor<16xui32>
    %192 = "stablehlo.add"(%66, %191) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %193 = "stablehlo.remainder"(%arg22, %192) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %194 = "stablehlo.maximum"(%arg22, %66) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
    %195 = "stablehlo.compare"(%arg20, %arg21) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %196 = "stablehlo.compare"(%arg20, %arg21) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %197 = "stablehlo.compare"(%arg20, %arg21) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %198 = "stablehlo.compare"(%arg20, %arg21) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %199 = "stablehlo.compare"(%arg20, %arg21) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %200 = "stablehlo.compare"(%arg20, %arg21) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %201 = "stablehlo.broadcast_in_dim"(%195) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %202 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %203 = "stablehlo.broadcast_in_dim"(%197) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %204 = "stablehlo.broadcast_in_dim"(%198) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %205 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %206 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %207 = "stablehlo.concatenate"(%201, %202, %203, %204, %205, %206) <{dimension = 0 : i64}> : (tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<6x16xi1>
    %208 = "stablehlo.compare"(%arg22, %66) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %209 = "stablehlo.compare"(%arg22, %66) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %210 = "stablehlo.compare"(%arg22, %66) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %211 = "stablehlo.compare"(%arg22, %66) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %212 = "stablehlo.compare"(%arg22, %66) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %213 = "stablehlo.compare"(%arg22, %66) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xi1>
    %214 = "stablehlo.broadcast_in_dim"(%208) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %215 = "stablehlo.broadcast_in_dim"(%209) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %216 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %217 = "stablehlo.broadcast_in_dim"(%211) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %218 = "stablehlo.broadcast_in_dim"(%212) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %219 = "stablehlo.broadcast_in_dim"(%213) <{broadcast_dimensions = array<i64: 1>}> : (tensor<16xi1>) -> tensor<1x16xi1>
    %220 = "stablehlo.concatenate"(%214, %215, %216, %217, %218, %219) <{dimension = 0 : i64}> : (tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>, tensor<1x16xi1>) -> tensor<6x16xi1>
    %221 = "stablehlo.multiply"(%arg24, %arg24) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %222 = "stablehlo.add"(%221, %arg24) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %223 = "stablehlo.constant"() <{value = dense<1> : tensor<i8>}> : () -> tensor<i8>
    %224 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %225 = "stablehlo.shift_right_arithmetic"(%222, %224) : (tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %226 = "stablehlo.constant"() <{value = dense<-10> : tensor<i8>}> : () -> tensor<i8>
    %227 = "stablehlo.constant"() <{value = dense<10> : tensor<i8>}> : () -> tensor<i8>
    %228 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %229 = "stablehlo.broadcast_in_dim"(%227) <{broadcast_dimensions = array<i64>}> : (tensor<i8>) -> tensor<16xi8>
    %230 = "stablehlo.clamp"(%228, %arg24, %229) : (tensor<16xi8>, tensor<16xi8>, tensor<16xi8>) -> tensor<16xi8>
    %231 = "stablehlo.constant"() <{value = dense<3> : tensor<i32>}> : () -> tensor<i32>
    %232 = "func.call"(%arg25, %231) <{callee = @floor_divide_4}> : (tensor<16xui16>, tensor<i32>) -> tensor<16xui16>
    %233 = "stablehlo.constant"() <{value = dense<2> : tensor<ui16>}> : () -> tensor<ui16>
    %234 = "stablehlo.broadcast_in_dim"(%233) <{broadcast_dimensions = array<i64>}> : (tensor<ui16>) -> tensor<16xui16>
    %235 = "stablehlo.shift_left"(%arg25, %234) : (tensor<16xui16>, tensor<16xui16>) -> tensor<16xui16>
    %236 = "stablehlo.xor"(%232, %235) : (tensor<16xui16>, tensor<16xui16>) -> tensor<16xui16>
    %237 = "stablehlo.constant"() <{value = dense<30000> : tensor<ui16>}> : () -> tensor<ui16>
    %238 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64>}> : (tensor<ui16>) -> tensor<16xui16>
    %239 = "stablehlo.compare"(%arg25, %238) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<16xui16>, tensor<16xui16>) -> tensor<16xi1>
    "func.return"(%76, %67, %143, %154, %182, %183, %207, %220, %239, %70, %189, %72, %230, %225, %142, %74, %194, %75, %73, %69, %77, %146, %165, %147, %144, %161, %184, %185, %140, %71, %193, %173, %181, %176, %174, %175, %177, %78, %68, %236, %145, %172) : (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi1>, tensor<16xi32>, tensor<16xui32>, tensor<6x16xi1>, tensor<6x16xi1>, tensor<16xi1>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi8>, tensor<16xi8>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi32>, tensor<16xi1>, tensor<16xui32>, tensor<16xi32>, tensor<16xi1>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui32>, tensor<16xi32>, tensor<16xi32>, tensor<16xui16>, tensor<16xi32>, tensor<16xi1>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg18: tensor<16xi32>, %arg19: tensor<16xi32>):
    %53 = "stablehlo.divide"(%arg18, %arg19) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %54 = "stablehlo.sign"(%arg18) : (tensor<16xi32>) -> tensor<16xi32>
    %55 = "stablehlo.sign"(%arg19) : (tensor<16xi32>) -> tensor<16xi32>
    %56 = "stablehlo.compare"(%54, %55) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %57 = "stablehlo.remainder"(%arg18, %arg19) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %58 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %59 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %60 = "stablehlo.compare"(%57, %59) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %61 = "stablehlo.and"(%56, %60) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %62 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %64 = "stablehlo.subtract"(%53, %63) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %65 = "func.call"(%61, %64, %53) <{callee = @_where}> : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%65) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg15: tensor<16xi1>, %arg16: tensor<16xi32>, %arg17: tensor<16xi32>):
    %52 = "stablehlo.select"(%arg15, %arg16, %arg17) : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%52) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg13: tensor<16xi32>, %arg14: tensor<16xi32>):
    %32 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %33 = "stablehlo.broadcast_in_dim"(%32) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %34 = "stablehlo.compare"(%arg14, %33) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %35 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %36 = "stablehlo.broadcast_in_dim"(%35) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %37 = "func.call"(%34, %36, %arg14) <{callee = @_where}> : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %38 = "stablehlo.remainder"(%arg13, %37) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %39 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %40 = "stablehlo.broadcast_in_dim"(%39) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %41 = "stablehlo.compare"(%38, %40) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %42 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %44 = "stablehlo.compare"(%38, %43) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %45 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %46 = "stablehlo.broadcast_in_dim"(%45) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %47 = "stablehlo.compare"(%37, %46) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %48 = "stablehlo.compare"(%44, %47) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %49 = "stablehlo.and"(%48, %41) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %50 = "stablehlo.add"(%38, %37) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %51 = "stablehlo.select"(%49, %50, %38) : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%51) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xi32>, tensor<i32>) -> tensor<16xi32>, res_attrs = [{}], sym_name = "remainder_0", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<16xi32>, %arg12: tensor<i32>):
    %11 = "stablehlo.convert"(%arg12) : (tensor<i32>) -> tensor<i32>
    %12 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.compare"(%11, %12) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %14 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %15 = "func.call"(%13, %14, %11) <{callee = @_where_1}> : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %17 = "stablehlo.remainder"(%arg11, %16) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %18 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %20 = "stablehlo.compare"(%17, %19) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %21 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %23 = "stablehlo.compare"(%17, %22) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %24 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %25 = "stablehlo.compare"(%15, %24) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<16xi1>
    %27 = "stablehlo.compare"(%23, %26) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %28 = "stablehlo.and"(%27, %20) : (tensor<16xi1>, tensor<16xi1>) -> tensor<16xi1>
    %29 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %30 = "stablehlo.add"(%17, %29) : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    %31 = "stablehlo.select"(%28, %30, %17) : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%31) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>, res_attrs = [{}], sym_name = "_where_1", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<i1>, %arg9: tensor<i32>, %arg10: tensor<i32>):
    %10 = "stablehlo.select"(%arg8, %arg9, %arg10) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    "func.return"(%10) : (tensor<i32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<16xi1>, tensor<i32>, tensor<i32>) -> tensor<16xi32>, res_attrs = [{}], sym_name = "_where_2", sym_visibility = "private"}> ({
  ^bb0(%arg5: tensor<16xi1>, %arg6: tensor<i32>, %arg7: tensor<i32>):
    %7 = "stablehlo.broadcast_in_dim"(%arg6) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %8 = "stablehlo.broadcast_in_dim"(%arg7) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %9 = "stablehlo.select"(%arg5, %7, %8) : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%9) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<16xi32>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>, res_attrs = [{}], sym_name = "_where_3", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<16xi32>, %arg3: tensor<16xi32>, %arg4: tensor<16xi32>):
    %3 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<16xi32>
    %5 = "stablehlo.compare"(%arg2, %4) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<16xi32>, tensor<16xi32>) -> tensor<16xi1>
    %6 = "stablehlo.select"(%5, %arg3, %arg4) : (tensor<16xi1>, tensor<16xi32>, tensor<16xi32>) -> tensor<16xi32>
    "func.return"(%6) : (tensor<16xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<16xui16>, tensor<i32>) -> tensor<16xui16>, res_attrs = [{}], sym_name = "floor_divide_4", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<16xui16>, %arg1: tensor<i32>):
    %0 = "stablehlo.convert"(%arg1) : (tensor<i32>) -> tensor<ui16>
    %1 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<ui16>) -> tensor<16xui16>
    %2 = "stablehlo.divide"(%arg0, %1) : (tensor<16xui16>, tensor<16xui16>) -> tensor<16xui16>
    "func.return"(%2) : (tensor<16xui16>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
