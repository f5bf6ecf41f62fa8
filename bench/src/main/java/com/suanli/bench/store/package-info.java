/**
 * What the desk database costs the workstation's start. Measurement only: never on the test path,
 * nothing here is used by the product.
 */
package com.suanli.bench.store;
