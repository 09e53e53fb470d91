import type { Counterparty } from '../../domain/schemas/decisions.ts';
import type { ContractData } from '../../domain/schemas/contracts.ts';
import type { ServiceData } from '../../domain/schemas/services.ts';
import { slugify } from '../../domain/urls.ts';

/** What else the site publishes about a party to a decision: the services it provides and its contracts. */
export interface CounterpartyMatches {
  services: { id: string; data: ServiceData }[];
  contracts: { id: string; data: ContractData }[];
}

/**
 * The same organisation, as records name it: by company or charity number where both give one, else by
 * name, written alike ("Arch North East" and "ARCH North-East" match; "Arch" and "Arch North East" do not).
 */
export function sameOrganisation(a: { name: string; charityNumber?: string; companyNumber?: string }, b: { name: string; charityNumber?: string; companyNumber?: string }): boolean {
  if (a.companyNumber && b.companyNumber) return a.companyNumber === b.companyNumber;
  if (a.charityNumber && b.charityNumber) return a.charityNumber === b.charityNumber;
  return slugify(a.name) === slugify(b.name);
}

export function counterpartyMatches(party: Counterparty, services: { id: string; data: ServiceData }[], contracts: { id: string; data: ContractData }[]): CounterpartyMatches {
  return {
    services: services.filter((service) => sameOrganisation(party, service.data.provider)),
    contracts: contracts.filter((contract) => contract.data.supplier !== undefined && sameOrganisation(party, { name: contract.data.supplier })),
  };
}

/** Companies House's page for a company number, for readers who want to look the company up. */
export function companyRegisterUrl(companyNumber: string): string {
  return `https://find-and-update.company-information.service.gov.uk/company/${companyNumber}`;
}
