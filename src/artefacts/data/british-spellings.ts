/**
 * British and Commonwealth spellings, as rewrites to the American spelling that the
 * Hunspell en_US dictionary knows. A word the dictionary lacks is accepted when one
 * rewrite of one occurrence turns it into a known word: British English is not a
 * translation artefact. Each entry: the British letters, the American ones, an example.
 */
export interface SpellingRewrite {
  readonly british: string;
  readonly american: string;
  readonly example: string;
}

export const BRITISH_SPELLINGS: readonly SpellingRewrite[] = [
  { british: 'our', american: 'or', example: 'colour, neighbouring, behaviour, honourable' },
  { british: 'tre', american: 'ter', example: 'centre, theatre, metres, centred' },
  { british: 'isation', american: 'ization', example: 'organisation, modernisation' },
  { british: 'ise', american: 'ize', example: 'organise, recognised, apologises' },
  { british: 'ising', american: 'izing', example: 'mobilising, criticising' },
  { british: 'yse', american: 'yze', example: 'analyse, paralysed' },
  { british: 'ysing', american: 'yzing', example: 'analysing' },
  { british: 'lled', american: 'led', example: 'travelled, cancelled, labelled' },
  { british: 'lling', american: 'ling', example: 'travelling, modelling, fuelling' },
  { british: 'ller', american: 'ler', example: 'traveller, counsellor' },
  { british: 'llor', american: 'lor', example: 'counsellor' },
  { british: 'lment', american: 'llment', example: 'fulfilment, enrolment, instalment' },
  { british: 'ful', american: 'full', example: 'skilful, wilful (with the l doubled)' },
  { british: 'fil', american: 'fill', example: 'fulfil, fulfils' },
  { british: 'rol', american: 'roll', example: 'enrol, enrols' },
  { british: 'ence', american: 'ense', example: 'defence, offence, licence, pretence' },
  { british: 'ogue', american: 'og', example: 'catalogue, analogue' },
  { british: 'mme', american: 'm', example: 'programme, programmes' },
  { british: 'ae', american: 'e', example: 'paediatric, anaemia, encyclopaedia' },
  { british: 'oe', american: 'e', example: 'oestrogen, foetus, manoeuvre (with re → er)' },
  { british: 'eable', american: 'able', example: 'likeable, saleable' },
  { british: 'gement', american: 'gment', example: 'judgement, acknowledgement' },
  { british: 'enquir', american: 'inquir', example: 'enquiry, enquiries' },
  { british: 'sceptic', american: 'skeptic', example: 'sceptical, scepticism' },
  { british: 'cheque', american: 'check', example: 'cheques' },
  { british: 'tyre', american: 'tire', example: 'tyres' },
  { british: 'plough', american: 'plow', example: 'ploughed' },
  { british: 'grey', american: 'gray', example: 'greying' },
  { british: 'aluminium', american: 'aluminum', example: 'aluminium' },
  { british: 'pyjama', american: 'pajama', example: 'pyjamas' },
];
