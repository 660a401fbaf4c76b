/** C2SP tlog-witness v1.0.0 core: the add-checkpoint codec and the HTTP-free decision logic of a witness. */
package org.custos.tlog.witness;
