// What each field of a register collection's download means, in Welsh: the Welsh of the schemas' descriptions
// (src/domain/schemas/), which are in English. A list of stored values keeps the values as the files hold them.

/** Fields every register collection has, by name. */
const common: Record<string, string> = {
  published: 'Pryd y cafodd ei gyhoeddi neu ei ddiweddaru ddiwethaf (BBBB-MM lle mae\'r ffynhonnell yn rhoi\'r mis yn unig).',
  requirements: 'Gofynion y mae\'r cofnod hwn yn eu bodloni yn ogystal â rhai ei gasgliad ei hun, er enghraifft ["2c"].',
  status: 'Caiff drafft ei wirio ond nid ei gyhoeddi ar y wefan.',
  publicNote: 'Nodyn i\'r cyhoedd, a ddangosir gyda\'r cofnod: er enghraifft nad yw\'r ffynhonnell a gyhoeddwyd yn rhoi ffigur ar gyfer rhywbeth.',
  function: 'policing (y rhagosodiad) neu fire, ar gyfer swyddfa sydd hefyd yn awdurdod tân ac achub: mae cofnod fire yn bodloni dyletswyddau\'r awdurdod tân ac achub ar y gofrestr, nid rhai plismona.',
  periodStart: 'Diwrnod cyntaf y cyfnod y mae\'n ymdrin ag ef.',
  periodEnd: 'Diwrnod olaf y cyfnod y mae\'n ymdrin ag ef.',
  firstPublished: 'Pryd y cyhoeddwyd y cofnod gyntaf, lle nad yw ei ddyddiadau eraill yn dweud: BBBB-MM-DD, neu BBBB-MM. Os nad yw\'n cael ei roi, mae\'r wefan yn defnyddio\'r diwrnod yr ychwanegwyd y cofnod at yr ystorfa gyntaf.',
  changes: 'Pob newid ers i\'r cofnod gael ei gyhoeddi gyntaf, yr hynaf yn gyntaf: pob un yn ddyddiad a nodyn i\'r cyhoedd, neu minor: true ar gyfer cywiriad bach nad yw\'n newid dim y mae darllenydd yn dibynnu arno.',
  withdrawn: 'Ni chaiff cofnod a gyhoeddwyd byth ei ddileu: caiff ei dynnu\'n ôl yn lle hynny, ac mae\'n cadw ei dudalen, wedi\'i nodi fel un a dynnwyd yn ôl, gyda\'r dyddiad a\'r rheswm.',
};

/** Fields of one collection, by collection and name. */
const byCollection: Record<string, Record<string, string>> = {
  people: {
    name: 'Enw\'r person.',
    role: 'Eu rôl: pcc, deputy-pcc, mayor, deputy-mayor, board, policing-and-crime-lead, chief-executive, chief-finance-officer, senior-staff.',
    jobTitle: 'Teitl y swydd fel y mae\'r swyddfa\'n ei ddefnyddio, lle mae\'n dweud mwy na\'r rôl.',
    responsibilities: 'Beth mae\'r swydd yn gyfrifol amdano.',
    salary: 'Cyflog blynyddol mewn punnoedd, lle y\'i cyhoeddwyd.',
    salaryBand: 'Y band cyflog, lle na chyhoeddwyd y cyflog ei hun (er enghraifft "£85,000 i £89,999").',
    allowances: 'Lwfansau blynyddol mewn punnoedd, lle y\'u cyhoeddwyd.',
    expenses: 'Treuliau a hawliwyd yn ystod y flwyddyn, mewn punnoedd, lle y\'u cyhoeddwyd.',
    from: 'Y dyddiad y dechreuodd y person yn y swydd.',
    to: 'Y dyddiad y gadawodd y person y swydd.',
    correspondenceAddress: 'Cyfeiriad ar gyfer gohebiaeth (rhaid i\'r comisiynydd a\'r dirprwy gyhoeddi un).',
  },
  interests: {
    name: 'Deiliad y swydd y mae\'r gofrestr yn perthyn iddo.',
    role: 'Y swydd y mae\'n ei dal.',
  },
  gifts: {
    date: 'Pryd y\'i cynigiwyd.',
    recipient: 'Deiliad y swydd neu\'r aelod o staff y\'i cynigiwyd iddo (enw a rôl).',
    offeredBy: 'Y sefydliad a\'i cynigiodd.',
    description: 'Beth a gynigiwyd.',
    value: 'Ei werth amcangyfrifedig mewn punnoedd.',
    accepted: 'true os cafodd ei dderbyn, false os cafodd ei wrthod.',
  },
  meetings: {
    title: 'Beth yw\'r cyfarfod.',
    heldBy: 'Cyfarfod pwy ydyw: police-accountability-forum, police-and-crime-panel, audit-committee, other.',
    date: 'Dyddiad y cyfarfod.',
    time: 'Yr amser dechrau, cloc 24 awr.',
    place: 'Ble y cynhelir y cyfarfod.',
    agenda: 'Yr eitemau ar yr agenda, yn eu trefn.',
    minutesPublished: 'Pryd y cyhoeddwyd y cofnodion.',
  },
  inspections: {
    title: 'Teitl yr adroddiad.',
    kind: 'peel, thematic neu other.',
    reportPublished: 'Pryd y cyhoeddodd yr arolygiaeth yr adroddiad; mae\'r ymateb yn ddyledus 56 diwrnod yn ddiweddarach.',
    reportUrl: 'Ble y cyhoeddir yr adroddiad.',
    responsePublished: 'Pryd y cyhoeddwyd ymateb y comisiynydd (gydag ymateb y prif gwnstabl).',
  },
  performance: {
    title: 'Teitl y datganiad.',
  },
  complaints: {
    title: 'Teitl yr eitem.',
    kind: 'Beth mae\'n ymdrin ag ef: iopc-statistics, oversight, review-body, panel-referrals.',
    summary: 'Crynodeb o\'r wybodaeth.',
    count: 'Nifer y cwynion neu\'r materion ymddygiad, lle mae\'r eitem yn nodi un.',
  },
  policies: {
    title: 'Teitl y polisi.',
    kind: 'Y math o bolisi: complaints, records-retention, publication-scheme, decision-making, other.',
    summary: 'Beth mae\'r polisi\'n ei ddweud, yn gryno.',
    reviewDue: 'Pryd mae\'r polisi i\'w adolygu nesaf.',
  },
  contracts: {
    title: 'At beth mae\'r contract, yn gryno.',
    kind: 'contract neu invitation-to-tender.',
    supplier: 'Y parti arall (nid yw\'n hysbys eto ar gyfer gwahoddiad i dendro).',
    value: 'Y gwerth, neu\'r gwerth disgwyliedig, mewn punnoedd.',
    awarded: 'Pryd y dyfarnwyd y contract.',
    purpose: 'Diben y contract.',
    document: 'Y copi o\'r contract neu\'r gwahoddiad a gyhoeddwyd: ffeil yn files/, wedi\'i hysgrifennu /files/enw.pdf, neu gyfeiriad https://.',
  },
  foi: {
    reference: 'Cyfeirnod y cais, er enghraifft FOI/OPCCN/30.',
    title: 'Beth oedd pwnc y cais.',
    requested: 'Dyddiad y cais.',
    received: 'Y dyddiad y cafodd y swyddfa\'r cais; mae\'r cloc 20 diwrnod gwaith yn rhedeg o\'r diwrnod gwaith ar ôl hynny. Yn wag pan na chafodd ei gofnodi: yna cyfrifir y cloc o ddyddiad y cais, ac mae\'r dudalen yn dweud hynny.',
    responded: 'Dyddiad yr ymateb.',
    outcome: 'Y canlyniad: information-provided, partly-provided, not-held, refused.',
    exemptions: 'Adrannau\'r Ddeddf y dibynnwyd arnynt, er enghraifft "s43 commercial interests".',
  },
};

/** What a field of a register collection's download means, in Welsh, where written. */
export function recordFieldInWelsh(collection: string, field: string): string | undefined {
  return byCollection[collection]?.[field] ?? common[field];
}
