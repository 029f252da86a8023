/** Demo data from the CGT world: real companies' kind of sites in real cities, real programmes' kind of courses. */
export const DEMO_PASSWORD = 'Practicum-demo-2026';

export interface DemoOrganization {
  name: string;
  kind: 'COMPANY' | 'UNIVERSITY';
  verified: boolean;
  city: string;
  country: string;
  latitude: number;
  longitude: number;
  website: string;
  admin: { email: string; fullName: string };
  coordinator?: { email: string; fullName: string };
}

export const DEMO_COMPANIES: DemoOrganization[] = [
  {
    name: 'Vecura',
    kind: 'COMPANY',
    verified: true,
    city: 'Huddinge',
    country: 'SE',
    latitude: 59.2225,
    longitude: 17.9386,
    website: 'https://vecura.example',
    admin: { email: 'admin@vecura.example', fullName: 'Karin Lind' },
    coordinator: { email: 'host@vecura.example', fullName: 'Erik Holm' },
  },
  {
    name: 'SmartCella',
    kind: 'COMPANY',
    verified: true,
    city: 'Stockholm',
    country: 'SE',
    latitude: 59.3493,
    longitude: 18.0236,
    website: 'https://smartcella.example',
    admin: { email: 'admin@smartcella.example', fullName: 'Sofia Berg' },
    coordinator: { email: 'host@smartcella.example', fullName: 'Lars Nyberg' },
  },
  {
    name: 'Nextcell',
    kind: 'COMPANY',
    verified: true,
    city: 'Huddinge',
    country: 'SE',
    latitude: 59.2203,
    longitude: 17.9412,
    website: 'https://nextcell.example',
    admin: { email: 'admin@nextcell.example', fullName: 'Anna Ek' },
  },
  {
    name: 'Procella',
    kind: 'COMPANY',
    verified: true,
    city: 'Leipzig',
    country: 'DE',
    latitude: 51.3225,
    longitude: 12.3925,
    website: 'https://procella.example',
    admin: { email: 'admin@procella.example', fullName: 'Jonas Weber' },
    coordinator: { email: 'host@procella.example', fullName: 'Mia Schulz' },
  },
  {
    name: 'KITM',
    kind: 'COMPANY',
    verified: false,
    city: 'Boston',
    country: 'US',
    latitude: 42.3496,
    longitude: -71.0466,
    website: 'https://kitm.example',
    admin: { email: 'admin@kitm.example', fullName: 'Grace Park' },
  },
];

export const DEMO_UNIVERSITIES: DemoOrganization[] = [
  {
    name: 'University College London',
    kind: 'UNIVERSITY',
    verified: true,
    city: 'London',
    country: 'GB',
    latitude: 51.5246,
    longitude: -0.134,
    website: 'https://ucl.example',
    admin: { email: 'admin@ucl.example', fullName: 'Helen Carter' },
    coordinator: { email: 'coordinator@ucl.example', fullName: 'Priya Shah' },
  },
  {
    name: 'Karolinska Institutet',
    kind: 'UNIVERSITY',
    verified: true,
    city: 'Solna',
    country: 'SE',
    latitude: 59.3483,
    longitude: 18.0236,
    website: 'https://ki.example',
    admin: { email: 'admin@ki.example', fullName: 'Maria Lindqvist' },
    coordinator: { email: 'coordinator@ki.example', fullName: 'Oskar Nilsson' },
  },
  {
    name: 'Harvard University',
    kind: 'UNIVERSITY',
    verified: true,
    city: 'Cambridge',
    country: 'US',
    latitude: 42.377,
    longitude: -71.1167,
    website: 'https://harvard.example',
    admin: { email: 'admin@harvard.example', fullName: 'James Miller' },
  },
  {
    name: 'University of California, Berkeley',
    kind: 'UNIVERSITY',
    verified: true,
    city: 'Berkeley',
    country: 'US',
    latitude: 37.8719,
    longitude: -122.2585,
    website: 'https://berkeley.example',
    admin: { email: 'admin@berkeley.example', fullName: 'Linda Chen' },
  },
  {
    name: 'Massachusetts Institute of Technology',
    kind: 'UNIVERSITY',
    verified: true,
    city: 'Cambridge',
    country: 'US',
    latitude: 42.3601,
    longitude: -71.0942,
    website: 'https://mit.example',
    admin: { email: 'admin@mit.example', fullName: 'Robert Lee' },
  },
  {
    name: 'University of Pennsylvania',
    kind: 'UNIVERSITY',
    verified: true,
    city: 'Philadelphia',
    country: 'US',
    latitude: 39.9522,
    longitude: -75.1932,
    website: 'https://penn.example',
    admin: { email: 'admin@penn.example', fullName: 'Susan Wright' },
  },
  {
    name: 'Stanford University',
    kind: 'UNIVERSITY',
    verified: true,
    city: 'Stanford',
    country: 'US',
    latitude: 37.4275,
    longitude: -122.1697,
    website: 'https://stanford.example',
    admin: { email: 'admin@stanford.example', fullName: 'David Kim' },
  },
  {
    name: 'Leipzig University',
    kind: 'UNIVERSITY',
    verified: true,
    city: 'Leipzig',
    country: 'DE',
    latitude: 51.3396,
    longitude: 12.3713,
    website: 'https://leipzig.example',
    admin: { email: 'admin@leipzig.example', fullName: 'Claudia Richter' },
  },
  {
    name: 'University of Bonn',
    kind: 'UNIVERSITY',
    verified: false,
    city: 'Bonn',
    country: 'DE',
    latitude: 50.7339,
    longitude: 7.1022,
    website: 'https://bonn.example',
    admin: { email: 'admin@bonn.example', fullName: 'Thomas Becker' },
  },
];

export interface DemoProgram {
  university: string;
  name: string;
  level: 'BSC' | 'MSC' | 'PHD' | 'PROFESSIONAL';
  topics: string[];
  cohortSize: number;
  termStart: string;
  termEnd: string;
  minimumOnsiteShare: number;
  students: { email: string; fullName: string }[];
}

export const DEMO_PROGRAMS: DemoProgram[] = [
  {
    university: 'University College London',
    name: 'MSc Manufacturing of Stem Cell and Gene Therapies',
    level: 'MSC',
    topics: ['GMP', 'QC_QA', 'CLOSED_BIOREACTORS', 'ASEPTIC_PROCESSING', 'REGULATORY'],
    cohortSize: 24,
    termStart: '2026-09-21',
    termEnd: '2027-09-17',
    minimumOnsiteShare: 0.5,
    students: [
      { email: 'amelia.jones@student.ucl.example', fullName: 'Amelia Jones' },
      { email: 'noah.patel@student.ucl.example', fullName: 'Noah Patel' },
      { email: 'olivia.brown@student.ucl.example', fullName: 'Olivia Brown' },
    ],
  },
  {
    university: 'Karolinska Institutet',
    name: 'ATMP PhD course: from bench to GMP',
    level: 'PHD',
    topics: ['CAR_T', 'AAV_VECTORS', 'LENTIVIRAL_VECTORS', 'GMP', 'REGULATORY'],
    cohortSize: 16,
    termStart: '2027-01-18',
    termEnd: '2027-06-11',
    minimumOnsiteShare: 0,
    students: [
      { email: 'elsa.andersson@student.ki.example', fullName: 'Elsa Andersson' },
      { email: 'liam.johansson@student.ki.example', fullName: 'Liam Johansson' },
    ],
  },
  {
    university: 'Leipzig University',
    name: 'MSc Biotechnology: cell therapy manufacturing track',
    level: 'MSC',
    topics: ['IPSC', 'PROCESS_DEVELOPMENT', 'QC_QA', 'FILL_FINISH'],
    cohortSize: 20,
    termStart: '2026-10-01',
    termEnd: '2027-09-30',
    minimumOnsiteShare: 0.5,
    students: [{ email: 'lena.mueller@student.leipzig.example', fullName: 'Lena Müller' }],
  },
  {
    university: 'Stanford University',
    name: 'Professional certificate in cell and gene therapy commercialization',
    level: 'PROFESSIONAL',
    topics: ['COMMERCIALIZATION', 'SUPPLY_CHAIN', 'REGULATORY'],
    cohortSize: 40,
    termStart: '2027-01-05',
    termEnd: '2027-06-15',
    minimumOnsiteShare: 0,
    students: [{ email: 'ethan.garcia@student.stanford.example', fullName: 'Ethan Garcia' }],
  },
];

export interface DemoFacility {
  company: string;
  name: string;
  kind: 'GMP_CLEANROOM' | 'PRE_GMP_LAB' | 'QC_LAB' | 'PROCESS_DEVELOPMENT_LAB';
  address: string;
  city: string;
  country: string;
  latitude: number;
  longitude: number;
  requirements: ('GOWNING_QUALIFICATION' | 'VACCINATION' | 'NDA' | 'MINIMUM_AGE')[];
  minimumAge?: number;
}

export const DEMO_FACILITIES: DemoFacility[] = [
  {
    company: 'Vecura',
    name: 'Vecura GMP cleanroom suite (grade B/A)',
    kind: 'GMP_CLEANROOM',
    address: 'Hälsovägen 7',
    city: 'Huddinge',
    country: 'SE',
    latitude: 59.2225,
    longitude: 17.9386,
    requirements: ['GOWNING_QUALIFICATION', 'VACCINATION', 'NDA'],
  },
  {
    company: 'Vecura',
    name: 'Vecura QC laboratory',
    kind: 'QC_LAB',
    address: 'Hälsovägen 7',
    city: 'Huddinge',
    country: 'SE',
    latitude: 59.2226,
    longitude: 17.9389,
    requirements: ['NDA'],
  },
  {
    company: 'SmartCella',
    name: 'SmartCella process development lab',
    kind: 'PROCESS_DEVELOPMENT_LAB',
    address: 'Tomtebodavägen 23',
    city: 'Stockholm',
    country: 'SE',
    latitude: 59.3493,
    longitude: 18.0236,
    requirements: ['NDA'],
  },
  {
    company: 'Nextcell',
    name: 'Nextcell pre-GMP iPSC lab',
    kind: 'PRE_GMP_LAB',
    address: 'Novum, Blickagången 6',
    city: 'Huddinge',
    country: 'SE',
    latitude: 59.2203,
    longitude: 17.9412,
    requirements: ['VACCINATION'],
  },
  {
    company: 'Procella',
    name: 'Procella GMP manufacturing plant',
    kind: 'GMP_CLEANROOM',
    address: 'Deutscher Platz 5',
    city: 'Leipzig',
    country: 'DE',
    latitude: 51.3225,
    longitude: 12.3925,
    requirements: ['GOWNING_QUALIFICATION', 'MINIMUM_AGE'],
    minimumAge: 18,
  },
];

export interface DemoOffer {
  facility: string;
  kind: 'INTERNSHIP' | 'SITE_VISIT';
  title: string;
  description: string;
  topics: string[];
  eligibleLevels: ('BSC' | 'MSC' | 'PHD' | 'PROFESSIONAL')[];
  deadlineInDays: number;
  allocation: 'FIRST_COME' | 'MATCH_ROUND';
  /** Days after seeding and capacity of each session or internship period. */
  slots: { inDays: number; lengthDays?: number; capacity: number }[];
  twin?: { format: 'VR_TOUR' | 'LIVE_STREAM' | 'SELF_PACED'; capacity: number | null; joinUrl: string };
  priority?: { name: string; universities: string[]; reservedSeats: number };
}

export const DEMO_OFFERS: DemoOffer[] = [
  {
    facility: 'Vecura GMP cleanroom suite (grade B/A)',
    kind: 'SITE_VISIT',
    title: 'CAR-T manufacturing cleanroom visit',
    description:
      'A half-day visit of an autologous CAR-T production suite: gowning, closed automated processing, in-process QC and batch release.',
    topics: ['CAR_T', 'GMP', 'ASEPTIC_PROCESSING', 'CLOSED_BIOREACTORS'],
    eligibleLevels: ['MSC', 'PHD', 'PROFESSIONAL'],
    deadlineInDays: 21,
    allocation: 'FIRST_COME',
    slots: [
      { inDays: 30, capacity: 8 },
      { inDays: 37, capacity: 8 },
      { inDays: 44, capacity: 8 },
    ],
    twin: { format: 'LIVE_STREAM', capacity: 60, joinUrl: 'https://live.vecura.example/cleanroom' },
  },
  {
    facility: 'Vecura QC laboratory',
    kind: 'INTERNSHIP',
    title: 'QC/QA internship: release testing of cell therapies',
    description:
      'Twelve weeks in the QC laboratory: sterility, mycoplasma, flow cytometry potency assays, deviation handling and SOP writing.',
    topics: ['QC_QA', 'GMP', 'SOP_WRITING'],
    eligibleLevels: ['MSC', 'PHD'],
    deadlineInDays: 28,
    allocation: 'MATCH_ROUND',
    slots: [{ inDays: 90, lengthDays: 84, capacity: 3 }],
    twin: { format: 'SELF_PACED', capacity: null, joinUrl: 'https://learn.vecura.example/qc' },
    priority: { name: 'National ATMP research school', universities: ['Karolinska Institutet'], reservedSeats: 1 },
  },
  {
    facility: 'SmartCella process development lab',
    kind: 'INTERNSHIP',
    title: 'Process development internship: AAV and lentiviral vectors',
    description:
      'Upstream and downstream process development for viral vectors, design of experiments and tech transfer to GMP.',
    topics: ['AAV_VECTORS', 'LENTIVIRAL_VECTORS', 'PROCESS_DEVELOPMENT', 'WORKFLOW_DESIGN'],
    eligibleLevels: ['MSC', 'PHD'],
    deadlineInDays: 35,
    allocation: 'FIRST_COME',
    slots: [{ inDays: 100, lengthDays: 112, capacity: 2 }],
  },
  {
    facility: 'Nextcell pre-GMP iPSC lab',
    kind: 'SITE_VISIT',
    title: 'iPSC-derived therapies: from research to pre-GMP',
    description:
      'Visit of a pre-GMP laboratory working on iPSC-derived cell therapies, with a session on comparability and regulatory strategy for ATMPs.',
    topics: ['IPSC', 'REGULATORY', 'PROCESS_DEVELOPMENT'],
    eligibleLevels: ['BSC', 'MSC', 'PHD'],
    deadlineInDays: 14,
    allocation: 'FIRST_COME',
    slots: [{ inDays: 24, capacity: 12 }],
    twin: { format: 'VR_TOUR', capacity: 100, joinUrl: 'https://vr.nextcell.example/tour' },
  },
  {
    facility: 'Procella GMP manufacturing plant',
    kind: 'SITE_VISIT',
    title: 'Fill-finish and cryopreservation of ATMPs',
    description:
      'Automated fill-finish, controlled-rate freezing, cold chain and GDP for cell therapies shipped across Europe.',
    topics: ['FILL_FINISH', 'SUPPLY_CHAIN', 'REGULATORY'],
    eligibleLevels: ['MSC', 'PHD', 'PROFESSIONAL'],
    deadlineInDays: 20,
    allocation: 'FIRST_COME',
    slots: [
      { inDays: 32, capacity: 10 },
      { inDays: 60, capacity: 10 },
    ],
    twin: { format: 'LIVE_STREAM', capacity: null, joinUrl: 'https://stream.procella.example/fill-finish' },
  },
];

export interface DemoPartnerRequest {
  program: string;
  kind: 'INTERNSHIP' | 'SITE_VISIT';
  topics: string[];
  headcount: number;
  windowFromDays: number;
  windowToDays: number;
  maxDistanceKm: number;
  virtualAcceptable: boolean;
  note: string;
}

export const DEMO_PARTNER_REQUESTS: DemoPartnerRequest[] = [
  {
    program: 'MSc Manufacturing of Stem Cell and Gene Therapies',
    kind: 'SITE_VISIT',
    topics: ['GMP', 'QC_QA', 'CLOSED_BIOREACTORS', 'REGULATORY'],
    headcount: 24,
    windowFromDays: 20,
    windowToDays: 70,
    maxDistanceKm: 2000,
    virtualAcceptable: true,
    note: 'Module 4 field trip: half the cohort onsite at least.',
  },
  {
    program: 'ATMP PhD course: from bench to GMP',
    kind: 'INTERNSHIP',
    topics: ['CAR_T', 'AAV_VECTORS', 'GMP'],
    headcount: 4,
    windowFromDays: 60,
    windowToDays: 200,
    maxDistanceKm: 100,
    virtualAcceptable: false,
    note: 'Short industry placements for doctoral students.',
  },
  {
    program: 'MSc Biotechnology: cell therapy manufacturing track',
    kind: 'SITE_VISIT',
    topics: ['FILL_FINISH', 'IPSC', 'QC_QA'],
    headcount: 20,
    windowFromDays: 25,
    windowToDays: 90,
    maxDistanceKm: 300,
    virtualAcceptable: true,
    note: '',
  },
];
