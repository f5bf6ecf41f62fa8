/**
 * Green capacity in the desk database: the green electricity certificates an account holds and
 * retires, and the grid carbon factors of each hub by the date they apply from (the
 * {@link com.suanli.pricing.green.HubGrid} values pricing uses). The green premium itself is pricing's.
 */
package com.suanli.data.green;
