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
  { name: 'Vecura', kind: 'COMPANY', verified: true, city: 'Huddinge', country: 'SE', latitude: 59.2225, longitude: 17.9386, website: 'https://vecura.example', admin: { email: 'admin@vecura.example', fullName: 'Karin Lind' }, coordinator: { email: 'host@vecura.example', fullName: 'Erik Holm' } },
  { name: 'SmartCella', kind: 'COMPANY', verified: true, city: 'Stockholm', country: 'SE', latitude: 59.3493, longitude: 18.0236, website: 'https://smartcella.example', admin: { email: 'admin@smartcella.example', fullName: 'Sofia Berg' }, coordinator: { email: 'host@smartcella.example', fullName: 'Lars Nyberg' } },
  { name: 'Nextcell', kind: 'COMPANY', verified: true, city: 'Huddinge', country: 'SE', latitude: 59.2203, longitude: 17.9412, website: 'https://nextcell.example', admin: { email: 'admin@nextcell.example', fullName: 'Anna Ek' } },
  { name: 'Procella', kind: 'COMPANY', verified: true, city: 'Leipzig', country: 'DE', latitude: 51.3225, longitude: 12.3925, website: 'https://procella.example', admin: { email: 'admin@procella.example', fullName: 'Jonas Weber' }, coordinator: { email: 'host@procella.example', fullName: 'Mia Schulz' } },
  { name: 'KITM', kind: 'COMPANY', verified: false, city: 'Boston', country: 'US', latitude: 42.3496, longitude: -71.0466, website: 'https://kitm.example', admin: { email: 'admin@kitm.example', fullName: 'Grace Park' } },
];

export const DEMO_UNIVERSITIES: DemoOrganization[] = [
  { name: 'University College London', kind: 'UNIVERSITY', verified: true, city: 'London', country: 'GB', latitude: 51.5246, longitude: -0.134, website: 'https://ucl.example', admin: { email: 'admin@ucl.example', fullName: 'Helen Carter' }, coordinator: { email: 'coordinator@ucl.example', fullName: 'Priya Shah' } },
  { name: 'Karolinska Institutet', kind: 'UNIVERSITY', verified: true, city: 'Solna', country: 'SE', latitude: 59.3483, longitude: 18.0236, website: 'https://ki.example', admin: { email: 'admin@ki.example', fullName: 'Maria Lindqvist' }, coordinator: { email: 'coordinator@ki.example', fullName: 'Oskar Nilsson' } },
  { name: 'Harvard University', kind: 'UNIVERSITY', verified: true, city: 'Cambridge', country: 'US', latitude: 42.377, longitude: -71.1167, website: 'https://harvard.example', admin: { email: 'admin@harvard.example', fullName: 'James Miller' } },
  { name: 'University of California, Berkeley', kind: 'UNIVERSITY', verified: true, city: 'Berkeley', country: 'US', latitude: 37.8719, longitude: -122.2585, website: 'https://berkeley.example', admin: { email: 'admin@berkeley.example', fullName: 'Linda Chen' } },
  { name: 'Massachusetts Institute of Technology', kind: 'UNIVERSITY', verified: true, city: 'Cambridge', country: 'US', latitude: 42.3601, longitude: -71.0942, website: 'https://mit.example', admin: { email: 'admin@mit.example', fullName: 'Robert Lee' } },
  { name: 'University of Pennsylvania', kind: 'UNIVERSITY', verified: true, city: 'Philadelphia', country: 'US', latitude: 39.9522, longitude: -75.1932, website: 'https://penn.example', admin: { email: 'admin@penn.example', fullName: 'Susan Wright' } },
  { name: 'Stanford University', kind: 'UNIVERSITY', verified: true, city: 'Stanford', country: 'US', latitude: 37.4275, longitude: -122.1697, website: 'https://stanford.example', admin: { email: 'admin@stanford.example', fullName: 'David Kim' } },
  { name: 'Leipzig University', kind: 'UNIVERSITY', verified: true, city: 'Leipzig', country: 'DE', latitude: 51.3396, longitude: 12.3713, website: 'https://leipzig.example', admin: { email: 'admin@leipzig.example', fullName: 'Claudia Richter' } },
  { name: 'University of Bonn', kind: 'UNIVERSITY', verified: false, city: 'Bonn', country: 'DE', latitude: 50.7339, longitude: 7.1022, website: 'https://bonn.example', admin: { email: 'admin@bonn.example', fullName: 'Thomas Becker' } },
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
    topics: ['GMP', 'QC/QA', 'Closed bioreactors', 'Aseptic processing', 'Regulatory (ATMP)'],
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
    topics: ['CAR-T', 'AAV vectors', 'Lentiviral vectors', 'GMP', 'Regulatory (ATMP)'],
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
    topics: ['iPSC', 'Process development', 'QC/QA', 'Fill-finish'],
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
    topics: ['Commercialization', 'Supply chain', 'Regulatory (GMP/GDP)'],
    cohortSize: 40,
    termStart: '2027-01-05',
    termEnd: '2027-06-15',
    minimumOnsiteShare: 0,
    students: [{ email: 'ethan.garcia@student.stanford.example', fullName: 'Ethan Garcia' }],
  },
];
