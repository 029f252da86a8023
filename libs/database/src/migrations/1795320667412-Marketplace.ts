import { MigrationInterface, QueryRunner } from "typeorm";

export class Marketplace1795320667412 implements MigrationInterface {
    name = 'Marketplace1795320667412'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."facility_kind" AS ENUM(
                'GMP_CLEANROOM',
                'PRE_GMP_LAB',
                'QC_LAB',
                'PROCESS_DEVELOPMENT_LAB',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."entry_requirement" AS ENUM(
                'GOWNING_QUALIFICATION',
                'VACCINATION',
                'NDA',
                'MINIMUM_AGE'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "facility" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "companyId" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "kind" "public"."facility_kind" NOT NULL,
                "address" character varying(300) NOT NULL,
                "city" character varying(120) NOT NULL,
                "country" character varying(2) NOT NULL,
                "latitude" double precision NOT NULL,
                "longitude" double precision NOT NULL,
                "requirements" "public"."entry_requirement" array NOT NULL DEFAULT '{}',
                "minimumAge" integer,
                CONSTRAINT "PK_07c6c82781d105a680b5c265be6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "facility_location" ON "facility" ("latitude", "longitude")
        `);
        await queryRunner.query(`
            CREATE INDEX "facility_company" ON "facility" ("companyId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."offer_kind" AS ENUM('INTERNSHIP', 'SITE_VISIT')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."offer_status" AS ENUM('DRAFT', 'PUBLISHED', 'CLOSED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."seat_allocation" AS ENUM('FIRST_COME', 'MATCH_ROUND')
        `);
        await queryRunner.query(`
            CREATE TABLE "offer" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "companyId" uuid NOT NULL,
                "facilityId" uuid NOT NULL,
                "kind" "public"."offer_kind" NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "topics" text array NOT NULL DEFAULT '{}',
                "eligibleLevels" "public"."study_level" array NOT NULL,
                "applicationDeadline" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" "public"."offer_status" NOT NULL DEFAULT 'DRAFT',
                "allocation" "public"."seat_allocation" NOT NULL DEFAULT 'FIRST_COME',
                "reservedSeats" integer NOT NULL DEFAULT '0',
                "priorityProgramIds" uuid array NOT NULL DEFAULT '{}',
                "priorityUniversityIds" uuid array NOT NULL DEFAULT '{}',
                "priorityGroupName" character varying(300),
                "publishedAt" TIMESTAMP WITH TIME ZONE,
                "closedAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_57c6ae1abe49201919ef68de900" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "offer_status_deadline" ON "offer" ("status", "applicationDeadline")
        `);
        await queryRunner.query(`
            CREATE INDEX "offer_company" ON "offer" ("companyId")
        `);
        await queryRunner.query(`
            CREATE TABLE "offer_slot" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "offerId" uuid NOT NULL,
                "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL,
                "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL,
                "capacity" integer NOT NULL,
                "taken" integer NOT NULL DEFAULT '0',
                "takenPriority" integer NOT NULL DEFAULT '0',
                CONSTRAINT "offer_slot_capacity" CHECK (
                    "taken" >= 0
                    AND "taken" <= "capacity"
                    AND "takenPriority" >= 0
                    AND "takenPriority" <= "taken"
                    AND "endsAt" > "startsAt"
                ),
                CONSTRAINT "PK_ac29a505b8b9ddd1bd71e229ef2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "offer_slot_offer" ON "offer_slot" ("offerId", "startsAt")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."application_status" AS ENUM(
                'SUBMITTED',
                'SHORTLISTED',
                'OFFERED',
                'ACCEPTED',
                'DECLINED',
                'REJECTED',
                'WITHDRAWN',
                'WAITLISTED',
                'VIRTUAL'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "application" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "offerId" uuid NOT NULL,
                "slotId" uuid NOT NULL,
                "studentId" uuid NOT NULL,
                "universityId" uuid NOT NULL,
                "programId" uuid NOT NULL,
                "motivation" text NOT NULL,
                "rank" integer NOT NULL,
                "companyRank" integer,
                "status" "public"."application_status" NOT NULL DEFAULT 'SUBMITTED',
                "holdsSeat" boolean NOT NULL DEFAULT false,
                "inPriorityGroup" boolean NOT NULL DEFAULT false,
                "holdsVirtualSeat" boolean NOT NULL DEFAULT false,
                CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "application_slot_status" ON "application" ("slotId", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "application_university" ON "application" ("universityId", "createdAt")
        `);
        await queryRunner.query(`
            CREATE INDEX "application_student" ON "application" ("studentId", "createdAt")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "application_offer_student" ON "application" ("offerId", "studentId")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."booking_status" AS ENUM('PROPOSED', 'CONFIRMED', 'DECLINED', 'CANCELLED')
        `);
        await queryRunner.query(`
            CREATE TABLE "booking" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "offerId" uuid NOT NULL,
                "slotId" uuid NOT NULL,
                "companyId" uuid NOT NULL,
                "universityId" uuid NOT NULL,
                "programId" uuid NOT NULL,
                "partnerRequestId" uuid,
                "requestedById" uuid NOT NULL,
                "headcount" integer NOT NULL,
                "onsiteSeats" integer NOT NULL DEFAULT '0',
                "virtualSeats" integer NOT NULL DEFAULT '0',
                "waitlistedSeats" integer NOT NULL DEFAULT '0',
                "inPriorityGroup" boolean NOT NULL DEFAULT false,
                "status" "public"."booking_status" NOT NULL DEFAULT 'PROPOSED',
                "note" character varying(2000) NOT NULL DEFAULT '',
                CONSTRAINT "booking_split" CHECK (
                    "onsiteSeats" + "virtualSeats" + "waitlistedSeats" IN (0, "headcount")
                    AND "headcount" > 0
                ),
                CONSTRAINT "PK_49171efc69702ed84c812f33540" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "booking_offer" ON "booking" ("offerId", "createdAt")
        `);
        await queryRunner.query(`
            CREATE INDEX "booking_university" ON "booking" ("universityId", "createdAt")
        `);
        await queryRunner.query(`
            CREATE TABLE "status_change" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subjectType" character varying(20) NOT NULL,
                "subjectId" uuid NOT NULL,
                "fromStatus" character varying(20),
                "toStatus" character varying(20) NOT NULL,
                "actorId" uuid,
                "note" character varying(500),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c24e2142db7320c7da70a806f45" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "status_change_subject" ON "status_change" ("subjectId", "at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."virtual_format" AS ENUM('VR_TOUR', 'LIVE_STREAM', 'SELF_PACED')
        `);
        await queryRunner.query(`
            CREATE TABLE "virtual_twin" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "offerId" uuid NOT NULL,
                "format" "public"."virtual_format" NOT NULL,
                "capacity" integer,
                "joinUrl" character varying(500) NOT NULL,
                "taken" integer NOT NULL DEFAULT '0',
                CONSTRAINT "UQ_26fef20271f8f9737a5aa206b4e" UNIQUE ("offerId"),
                CONSTRAINT "REL_26fef20271f8f9737a5aa206b4" UNIQUE ("offerId"),
                CONSTRAINT "virtual_twin_capacity" CHECK (
                    "taken" >= 0
                    AND (
                        "capacity" IS NULL
                        OR "taken" <= "capacity"
                    )
                ),
                CONSTRAINT "PK_34c77174d9ea67bc5040d65aff9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."partner_request_status" AS ENUM('OPEN', 'CLOSED')
        `);
        await queryRunner.query(`
            CREATE TABLE "partner_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "universityId" uuid NOT NULL,
                "programId" uuid NOT NULL,
                "kind" "public"."offer_kind" NOT NULL,
                "topics" text array NOT NULL DEFAULT '{}',
                "headcount" integer NOT NULL,
                "windowStart" date NOT NULL,
                "windowEnd" date NOT NULL,
                "maxDistanceKm" integer NOT NULL,
                "virtualAcceptable" boolean NOT NULL DEFAULT false,
                "status" "public"."partner_request_status" NOT NULL DEFAULT 'OPEN',
                "createdById" uuid NOT NULL,
                "note" character varying(2000) NOT NULL DEFAULT '',
                CONSTRAINT "partner_request_valid" CHECK (
                    "headcount" > 0
                    AND "windowEnd" >= "windowStart"
                    AND "maxDistanceKm" > 0
                ),
                CONSTRAINT "PK_798dcb2b38f1cc9cb5213f32526" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "partner_request_university" ON "partner_request" ("universityId", "createdAt")
        `);
        await queryRunner.query(`
            ALTER TABLE "facility"
            ADD CONSTRAINT "FK_5b0258d55c8e7bc17ffa199f8ba" FOREIGN KEY ("companyId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "offer"
            ADD CONSTRAINT "FK_7e3791c6351f63eaf655522c700" FOREIGN KEY ("companyId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "offer"
            ADD CONSTRAINT "FK_901e2b5eb7610ea3c06ba34d050" FOREIGN KEY ("facilityId") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "offer_slot"
            ADD CONSTRAINT "FK_9aa133a7eaf4e8362364efe9be9" FOREIGN KEY ("offerId") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_85f13deb7bf2a0c3a39827de06e" FOREIGN KEY ("offerId") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_3e7618b82a62d4cdb17c7a53846" FOREIGN KEY ("slotId") REFERENCES "offer_slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_8bd9711f01c7ba0d0a26710f23b" FOREIGN KEY ("studentId") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "booking"
            ADD CONSTRAINT "FK_d0c2600dc525f808359f17d0968" FOREIGN KEY ("offerId") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "booking"
            ADD CONSTRAINT "FK_15938898d719d91d6d9c41c43b8" FOREIGN KEY ("slotId") REFERENCES "offer_slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "virtual_twin"
            ADD CONSTRAINT "FK_26fef20271f8f9737a5aa206b4e" FOREIGN KEY ("offerId") REFERENCES "offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "partner_request"
            ADD CONSTRAINT "FK_095de0d147fd70dd0323bfcc71e" FOREIGN KEY ("programId") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // Written by hand: GIN indexes for search and array filters (TypeORM cannot declare them).
        await queryRunner.query(`
            CREATE INDEX "offer_search" ON "offer" USING gin (
                (setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("description", '')), 'B'))
            )
        `);
        await queryRunner.query(`CREATE INDEX "offer_topics" ON "offer" USING gin ("topics")`);
        await queryRunner.query(`CREATE INDEX "offer_levels" ON "offer" USING gin ("eligibleLevels")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."offer_search"`);
        await queryRunner.query(`DROP INDEX "public"."offer_topics"`);
        await queryRunner.query(`DROP INDEX "public"."offer_levels"`);
        await queryRunner.query(`
            ALTER TABLE "partner_request" DROP CONSTRAINT "FK_095de0d147fd70dd0323bfcc71e"
        `);
        await queryRunner.query(`
            ALTER TABLE "virtual_twin" DROP CONSTRAINT "FK_26fef20271f8f9737a5aa206b4e"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking" DROP CONSTRAINT "FK_15938898d719d91d6d9c41c43b8"
        `);
        await queryRunner.query(`
            ALTER TABLE "booking" DROP CONSTRAINT "FK_d0c2600dc525f808359f17d0968"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_8bd9711f01c7ba0d0a26710f23b"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_3e7618b82a62d4cdb17c7a53846"
        `);
        await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_85f13deb7bf2a0c3a39827de06e"
        `);
        await queryRunner.query(`
            ALTER TABLE "offer_slot" DROP CONSTRAINT "FK_9aa133a7eaf4e8362364efe9be9"
        `);
        await queryRunner.query(`
            ALTER TABLE "offer" DROP CONSTRAINT "FK_901e2b5eb7610ea3c06ba34d050"
        `);
        await queryRunner.query(`
            ALTER TABLE "offer" DROP CONSTRAINT "FK_7e3791c6351f63eaf655522c700"
        `);
        await queryRunner.query(`
            ALTER TABLE "facility" DROP CONSTRAINT "FK_5b0258d55c8e7bc17ffa199f8ba"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."partner_request_university"
        `);
        await queryRunner.query(`
            DROP TABLE "partner_request"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."partner_request_status"
        `);
        await queryRunner.query(`
            DROP TABLE "virtual_twin"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."virtual_format"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."status_change_subject"
        `);
        await queryRunner.query(`
            DROP TABLE "status_change"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."booking_university"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."booking_offer"
        `);
        await queryRunner.query(`
            DROP TABLE "booking"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."booking_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."application_offer_student"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."application_student"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."application_university"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."application_slot_status"
        `);
        await queryRunner.query(`
            DROP TABLE "application"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."application_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."offer_slot_offer"
        `);
        await queryRunner.query(`
            DROP TABLE "offer_slot"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."offer_company"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."offer_status_deadline"
        `);
        await queryRunner.query(`
            DROP TABLE "offer"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."seat_allocation"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."offer_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."offer_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."facility_company"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."facility_location"
        `);
        await queryRunner.query(`
            DROP TABLE "facility"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."entry_requirement"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."facility_kind"
        `);
    }

}
