/** C2SP tlog-proof v1 offline receipts: index, inclusion proof and the (co)signed checkpoint, verified offline. */
package org.custos.tlog.proof;
