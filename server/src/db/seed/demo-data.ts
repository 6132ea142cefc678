import { ConsignmentStatus, PackagingType, PalletScanEvent, StopType } from '@tracklink/shared';

// Demo consignments across Europe, one or more in every status. Coordinates are real places.

export interface DemoPlace {
  name: string;
  address: string;
  latitude: number;
  longitude: number;
  timezone: string;
}

const P = (name: string, address: string, latitude: number, longitude: number, timezone: string): DemoPlace => ({
  name,
  address,
  latitude,
  longitude,
  timezone,
});

export const PLACES = {
  rotterdam: P('Port of Rotterdam, Maasvlakte', 'Europaweg 875, 3199 LD Rotterdam, NL', 51.9563, 4.0434, 'Europe/Amsterdam'),
  venlo: P('Venlo Logistics Park', 'Celsiusweg 41, 5928 PR Venlo, NL', 51.3903, 6.1339, 'Europe/Amsterdam'),
  duisburg: P('Duisport Logport I', 'Am Logport 1, 47229 Duisburg, DE', 51.3841, 6.7116, 'Europe/Berlin'),
  munich: P('Munich Freight Centre', 'Landsberger Str. 480, 81241 München, DE', 48.1449, 11.4632, 'Europe/Berlin'),
  hamburg: P('HHLA Container Terminal Altenwerder', 'Am Ballinkai 1, 21129 Hamburg, DE', 53.5097, 9.9300, 'Europe/Berlin'),
  antwerp: P('Port of Antwerp, Deurganck', 'Scheldelaan 600, 2040 Antwerpen, BE', 51.2750, 4.2560, 'Europe/Brussels'),
  lyon: P('Lyon Port Edouard Herriot', '1 Rue du Port Edouard Herriot, 69007 Lyon, FR', 45.7288, 4.8292, 'Europe/Paris'),
  paris: P('Rungis International Market', '1 Rue de la Tour, 94150 Rungis, FR', 48.7543, 2.3508, 'Europe/Paris'),
  milan: P('Milano Smistamento', 'Via Mattei 1, 20068 Peschiera Borromeo, IT', 45.4464, 9.3103, 'Europe/Rome'),
  barcelona: P('ZAL Port Barcelona', 'Av. Ports d\'Europa 100, 08040 Barcelona, ES', 41.3340, 2.1420, 'Europe/Madrid'),
  warsaw: P('Warsaw Distribution Park', 'Al. Katowicka 11, 05-830 Nadarzyn, PL', 52.0974, 20.8210, 'Europe/Warsaw'),
  prague: P('Prague Rudná Logistics', 'Masarykova 1000, 252 19 Rudná, CZ', 50.0330, 14.2320, 'Europe/Prague'),
  vienna: P('Vienna Hafen Freudenau', 'Seitenhafenstraße 15, 1020 Wien, AT', 48.1989, 16.4569, 'Europe/Vienna'),
  copenhagen: P('Copenhagen Nordhavn', 'Containervej 9, 2150 Nordhavn, DK', 55.7131, 12.6021, 'Europe/Copenhagen'),
  gothenburg: P('Gothenburg Skandia Terminal', 'Skandiahamnen, 418 34 Göteborg, SE', 57.6866, 11.8483, 'Europe/Stockholm'),
  zeebrugge: P('Zeebrugge Ferry Terminal', 'Leopold II-dam 13, 8380 Zeebrugge, BE', 51.3301, 3.2045, 'Europe/Brussels'),
} as const;

export type PlaceKey = keyof typeof PLACES;

export interface DemoConsignment {
  reference: string;
  order: string;
  customer: string;
  customerEmail: string;
  status: ConsignmentStatus;
  route: [PlaceKey, PlaceKey];
  containerNumber?: string;
  transportService: string;
  cargo: Array<{ description: string; quantity: number; packagingType: PackagingType; weightKg: number }>;
  /** Fraction of the route the driver has covered (IN_TRANSIT only). */
  progress?: number;
}

const pallets = (n: number, what: string) => ({ description: what, quantity: n, packagingType: PackagingType.PALLET, weightKg: n * 420 });

export const DEMO_CONSIGNMENTS: DemoConsignment[] = [
  { reference: 'CN-1001', order: 'ORD-2026-501', customer: 'Dutch Flower Group', customerEmail: 'logistics@dutchflowers.example', status: ConsignmentStatus.IN_TRANSIT, route: ['rotterdam', 'munich'], containerNumber: 'MSKU1234565', transportService: 'FTL Express', cargo: [pallets(12, 'Cut flowers, cooled'), { description: 'Plant pots', quantity: 40, packagingType: PackagingType.BOX, weightKg: 300 }], progress: 0.45 },
  { reference: 'CN-1002', order: 'ORD-2026-502', customer: 'Rhine Steel Works', customerEmail: 'dispatch@rhinesteel.example', status: ConsignmentStatus.IN_TRANSIT, route: ['duisburg', 'milan'], transportService: 'FTL Standard', cargo: [{ description: 'Steel coils', quantity: 6, packagingType: PackagingType.BULK, weightKg: 21_000 }], progress: 0.7 },
  { reference: 'CN-1003', order: 'ORD-2026-503', customer: 'Carrefour Supply', customerEmail: 'inbound@carrefour-supply.example', status: ConsignmentStatus.IN_TRANSIT, route: ['antwerp', 'paris'], containerNumber: 'CMAU7654321', transportService: 'Container haulage', cargo: [pallets(26, 'Canned goods')], progress: 0.2 },
  { reference: 'CN-1004', order: 'ORD-2026-504', customer: 'Nordic Furniture', customerEmail: 'orders@nordicfurniture.example', status: ConsignmentStatus.PLANNED, route: ['gothenburg', 'hamburg'], transportService: 'Ferry + road', cargo: [{ description: 'Flat-pack furniture', quantity: 120, packagingType: PackagingType.BOX, weightKg: 3_600 }] },
  { reference: 'CN-1005', order: 'ORD-2026-505', customer: 'Vienna Coffee Roasters', customerEmail: 'hello@viennacoffee.example', status: ConsignmentStatus.PLANNED, route: ['hamburg', 'vienna'], containerNumber: 'HLXU8812345', transportService: 'FTL Standard', cargo: [{ description: 'Green coffee beans', quantity: 320, packagingType: PackagingType.OTHER, weightKg: 19_200 }] },
  { reference: 'CN-1006', order: 'ORD-2026-506', customer: 'Lyon Chemicals', customerEmail: 'safety@lyonchem.example', status: ConsignmentStatus.TO_PLAN, route: ['lyon', 'barcelona'], transportService: 'ADR', cargo: [{ description: 'Industrial solvent (UN1993)', quantity: 40, packagingType: PackagingType.DRUM, weightKg: 8_000 }] },
  { reference: 'CN-1007', order: 'ORD-2026-507', customer: 'Polska Electronics', customerEmail: 'warehouse@polskaelec.example', status: ConsignmentStatus.TO_PLAN, route: ['warsaw', 'prague'], transportService: 'LTL', cargo: [pallets(8, 'Televisions'), { description: 'Spare parts', quantity: 3, packagingType: PackagingType.CRATE, weightKg: 450 }] },
  { reference: 'CN-1008', order: 'ORD-2026-508', customer: 'Dutch Flower Group', customerEmail: 'logistics@dutchflowers.example', status: ConsignmentStatus.DRAFT, route: ['venlo', 'copenhagen'], transportService: 'FTL Express', cargo: [pallets(10, 'Potted plants')] },
  { reference: 'CN-1009', order: 'ORD-2026-509', customer: 'Milano Moda', customerEmail: 'logistica@milanomoda.example', status: ConsignmentStatus.DELIVERED, route: ['milan', 'paris'], transportService: 'Groupage', cargo: [{ description: 'Garments on hangers', quantity: 55, packagingType: PackagingType.BOX, weightKg: 900 }] },
  { reference: 'CN-1010', order: 'ORD-2026-510', customer: 'Rhine Steel Works', customerEmail: 'dispatch@rhinesteel.example', status: ConsignmentStatus.DELIVERED, route: ['duisburg', 'rotterdam'], transportService: 'FTL Standard', cargo: [{ description: 'Steel beams', quantity: 14, packagingType: PackagingType.BULK, weightKg: 24_000 }] },
  { reference: 'CN-1011', order: 'ORD-2026-511', customer: 'Channel Foods', customerEmail: 'goods-in@channelfoods.example', status: ConsignmentStatus.CANCELLED, route: ['zeebrugge', 'antwerp'], transportService: 'Ferry + road', cargo: [pallets(20, 'Frozen fish')] },
  { reference: 'CN-1012', order: 'ORD-2026-512', customer: 'Prague Brewing Co.', customerEmail: 'export@praguebrew.example', status: ConsignmentStatus.PLANNED, route: ['prague', 'warsaw'], transportService: 'FTL Standard', cargo: [pallets(24, 'Bottled beer'), { description: 'Kegs', quantity: 60, packagingType: PackagingType.DRUM, weightKg: 3_600 }] },
];

export const DEMO_SCAN_EVENTS: PalletScanEvent[] = [PalletScanEvent.LOADED, PalletScanEvent.SCANNED_AT_HUB];
export { StopType };
