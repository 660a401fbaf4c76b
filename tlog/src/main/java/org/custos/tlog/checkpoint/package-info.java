/** C2SP tlog-checkpoint v1.0.0: the signed tree head (origin, size, root, extension lines) and its verification. */
package org.custos.tlog.checkpoint;
