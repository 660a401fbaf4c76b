/** C2SP signed-note v1.0.0 with Ed25519 (type 0x01) and tlog-cosignature v1.0.1 Ed25519 cosignatures (type 0x04). */
package org.custos.tlog.note;
