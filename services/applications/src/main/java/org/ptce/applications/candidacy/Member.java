package org.ptce.applications.candidacy;

import org.springframework.data.relational.core.mapping.Table;

/** A legal person the PTCE gathers; its SIRET when it is a French establishment. */
@Table("candidacy_members")
record Member(String name, MemberKind kind, String siret) {
}
