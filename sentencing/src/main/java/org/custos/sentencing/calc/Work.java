package org.custos.sentencing.calc;

import java.util.List;
import org.custos.sentencing.model.CaseInput;
import org.custos.sentencing.model.CreditRecord;
import org.custos.sentencing.model.Disallowance;
import org.custos.sentencing.model.Forfeiture;
import org.custos.sentencing.result.DerivationLine;
import org.custos.sentencing.rules.RuleVersion;

/** The input of one chain computation: the chain and the records credited to it. */
public record Work(CaseInput input, Chain chain, List<CreditRecord> credits, List<Disallowance> disallowances,
                   List<Forfeiture> forfeitures, long custodyDays) {

    static DerivationLine line(String rule, RuleVersion v, long days, String note) {
        return new DerivationLine(rule, v == null ? "" : v.legalBasis(), days, v == null ? "" : v.id(), note);
    }
}
