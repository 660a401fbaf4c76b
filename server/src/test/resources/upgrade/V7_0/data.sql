--
-- PostgreSQL database dump
--

\restrict WUchZHhSwhYx8mVHz8EVLsyOu0YqV2fLDN24fSxzgN9ABb8WAdX4M6eg9g3sq0L

-- Dumped from database version 15.18
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

SET SESSION AUTHORIZATION DEFAULT;

ALTER TABLE public.person DISABLE TRIGGER ALL;

INSERT INTO public.person VALUES ('ee959288-f1f9-4791-b238-60505868a4e6', 'SV-2026-000004', 'José Antonio', 'García', 'Pérez', 'MALE', '1990-05-17', 'SV', 'jose antonio garcia perez', 'garcia perez jose antonio', 'UNTRIED', NULL, 'TKOE5C9D', true, '982c5ff9-c58e-4155-a467-bdd19b9c7266', '2026-12-01 11:49:30+00', '2026-12-03 11:49:30.391097+00', 'records-cler-koe69kz', '2026-12-03 11:49:30.391097+00');
INSERT INTO public.person VALUES ('76755b61-a94f-44a5-bf22-7509e5cdc0af', 'SV-2026-000005', 'José Antonio', 'García', 'Pérez', 'MALE', '1990-05-17', 'SV', 'jose antonio garcia perez', 'garcia perez jose antonio', 'UNTRIED', NULL, 'TKOE5C9D', true, '97002a91-5e6f-471d-9118-21d5590dee9d', '2026-12-01 11:49:30+00', '2026-12-03 11:49:30.441459+00', 'records-cler-koe69kz', '2026-12-03 11:49:30.441459+00');
INSERT INTO public.person VALUES ('f571b07e-2a76-41d9-ab3c-35cb4d23d056', 'SV-2026-000006', 'José Antonio', 'García', 'Pérez', 'MALE', '1990-05-17', 'SV', 'jose antonio garcia perez', 'garcia perez jose antonio', 'UNTRIED', NULL, 'TKOE5C9D', true, '28f54a64-48ec-4879-9e16-f0590929e240', '2026-12-01 11:49:30+00', '2026-12-03 11:49:30.510295+00', 'records-cler-koe69kz', '2026-12-03 11:49:30.510295+00');
INSERT INTO public.person VALUES ('0dd20b1e-e16a-4494-81ec-7da0a1ad76d0', 'SV-2026-000007', 'José Antonio', 'García', 'Pérez', 'MALE', '1990-05-17', 'SV', 'jose antonio garcia perez', 'garcia perez jose antonio', 'UNTRIED', NULL, 'TKOE5C9D', true, '62621bb6-bfa9-426e-8b9f-a3fe162ac83a', '2026-12-01 11:49:30+00', '2026-12-03 11:49:30.55336+00', 'records-cler-koe69kz', '2026-12-03 11:49:30.55336+00');
INSERT INTO public.person VALUES ('1cfa7452-fcff-4e8e-b974-b806d0c324dc', 'SV-2026-000008', 'José Antonio', 'García', 'Pérez', 'MALE', '1990-05-17', 'SV', 'jose antonio garcia perez', 'garcia perez jose antonio', 'UNTRIED', NULL, 'TKOE5C9D', true, '41d6d22d-960f-40c0-aaa7-c29093426a3f', '2026-12-01 11:49:30+00', '2026-12-03 11:49:30.615704+00', 'records-cler-koe69kz', '2026-12-03 11:49:30.615704+00');
INSERT INTO public.person VALUES ('a69541c4-46e1-4103-a66b-ac631f176ce4', 'SV-2026-000001', 'José Antonio', 'García', 'Pérez', 'MALE', '1990-05-17', 'SV', 'jose antonio garcia perez', 'garcia perez jose antonio', 'CONVICTED', NULL, 'TKOE5C9D', true, '103bf793-9208-4101-9311-811a4a383fa7', '2026-12-01 11:49:29+00', '2026-12-03 11:49:30.005834+00', 'records-cler-koe69kz', '2026-12-03 11:49:30.700632+00');
INSERT INTO public.person VALUES ('75d915fe-a2fc-415a-9ed5-76715eda1aa1', 'SV-2026-000002', 'José Antonio', 'Gómez', 'Pérez', 'MALE', '1990-05-17', 'SV', 'jose antonio gomez perez', 'gomez perez jose antonio', 'UNTRIED', NULL, 'TKOE5C9D', true, 'ee7bbf5f-3fdd-4dd3-ae2f-32030b051c99', '2026-12-01 11:49:30+00', '2026-12-03 11:49:30.227793+00', 'records-cler-koe69kz', '2026-12-03 11:49:30.818963+00');
INSERT INTO public.person VALUES ('ad7eedfd-a374-4db5-9e3c-f88d6906b79c', 'SV-2026-000003', 'José Antonio', 'García', 'Pérez', 'MALE', '1990-05-17', 'SV', 'jose antonio garcia perez', 'garcia perez jose antonio', 'UNTRIED', NULL, 'TKOE5C9D', false, '672c3d11-8b99-4c19-b84e-d3ecf87e650c', '2026-12-01 11:49:30+00', '2026-12-03 11:49:30.290599+00', 'records-cler-koe69kz', '2026-12-03 11:49:30.893685+00');


ALTER TABLE public.person ENABLE TRIGGER ALL;

--
-- Data for Name: admission; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.admission DISABLE TRIGGER ALL;

INSERT INTO public.admission VALUES ('103bf793-9208-4101-9311-811a4a383fa7', 'a69541c4-46e1-4103-a66b-ac631f176ce4', 'TKOE5C9D', '2026-12-01 11:49:29+00', '2026-11-30 11:49:29+00', 'Soyapango, San Salvador', 'Ninguna', 'Ninguna', '[{"quantity": 1, "description": "Reloj"}]', '[{"age": 7, "name": "Ana García", "carer": "María Pérez (abuela)", "relationship": "hija"}]', 'María Pérez', 'madre', '+503 7000-0000', 'Juzgado Especializado de Instrucción', 'Juzgado 2.º de Instrucción de San Salvador', 'REF-koe8fau', 'Código Procesal Penal, art. 329', '2026-11-30', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.005834+00', 'records-cler-koe69kz');
INSERT INTO public.admission VALUES ('ee7bbf5f-3fdd-4dd3-ae2f-32030b051c99', '75d915fe-a2fc-415a-9ed5-76715eda1aa1', 'TKOE5C9D', '2026-12-01 11:49:30+00', '2026-11-30 11:49:30+00', 'Soyapango, San Salvador', 'Ninguna', 'Ninguna', '[{"quantity": 1, "description": "Reloj"}]', '[{"age": 7, "name": "Ana García", "carer": "María Pérez (abuela)", "relationship": "hija"}]', 'María Pérez', 'madre', '+503 7000-0000', 'Juzgado Especializado de Instrucción', 'Juzgado 2.º de Instrucción de San Salvador', 'REF-koe9h04', 'Código Procesal Penal, art. 329', '2026-11-30', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.227793+00', 'records-cler-koe69kz');
INSERT INTO public.admission VALUES ('672c3d11-8b99-4c19-b84e-d3ecf87e650c', 'ad7eedfd-a374-4db5-9e3c-f88d6906b79c', 'TKOE5C9D', '2026-12-01 11:49:30+00', '2026-11-30 11:49:30+00', 'Soyapango, San Salvador', 'Ninguna', 'Ninguna', '[{"quantity": 1, "description": "Reloj"}]', '[{"age": 7, "name": "Ana García", "carer": "María Pérez (abuela)", "relationship": "hija"}]', 'María Pérez', 'madre', '+503 7000-0000', 'Juzgado Especializado de Instrucción', 'Juzgado 2.º de Instrucción de San Salvador', 'REF-koeay1', 'Código Procesal Penal, art. 329', '2026-11-30', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.290599+00', 'records-cler-koe69kz');
INSERT INTO public.admission VALUES ('982c5ff9-c58e-4155-a467-bdd19b9c7266', 'ee959288-f1f9-4791-b238-60505868a4e6', 'TKOE5C9D', '2026-12-01 11:49:30+00', '2026-11-30 11:49:30+00', 'Soyapango, San Salvador', 'Ninguna', 'Ninguna', '[{"quantity": 1, "description": "Reloj"}]', '[{"age": 7, "name": "Ana García", "carer": "María Pérez (abuela)", "relationship": "hija"}]', 'María Pérez', 'madre', '+503 7000-0000', 'Juzgado Especializado de Instrucción', 'Juzgado 2.º de Instrucción de San Salvador', 'REF-koeb10w', 'Código Procesal Penal, art. 329', '2026-11-30', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.391097+00', 'records-cler-koe69kz');
INSERT INTO public.admission VALUES ('97002a91-5e6f-471d-9118-21d5590dee9d', '76755b61-a94f-44a5-bf22-7509e5cdc0af', 'TKOE5C9D', '2026-12-01 11:49:30+00', '2026-11-30 11:49:30+00', 'Soyapango, San Salvador', 'Ninguna', 'Ninguna', '[{"quantity": 1, "description": "Reloj"}]', '[{"age": 7, "name": "Ana García", "carer": "María Pérez (abuela)", "relationship": "hija"}]', 'María Pérez', 'madre', '+503 7000-0000', 'Juzgado Especializado de Instrucción', 'Juzgado 2.º de Instrucción de San Salvador', 'REF-koecd6r', 'Código Procesal Penal, art. 329', '2026-11-30', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.441459+00', 'records-cler-koe69kz');
INSERT INTO public.admission VALUES ('28f54a64-48ec-4879-9e16-f0590929e240', 'f571b07e-2a76-41d9-ab3c-35cb4d23d056', 'TKOE5C9D', '2026-12-01 11:49:30+00', '2026-11-30 11:49:30+00', 'Soyapango, San Salvador', 'Ninguna', 'Ninguna', '[{"quantity": 1, "description": "Reloj"}]', '[{"age": 7, "name": "Ana García", "carer": "María Pérez (abuela)", "relationship": "hija"}]', 'María Pérez', 'madre', '+503 7000-0000', 'Juzgado Especializado de Instrucción', 'Juzgado 2.º de Instrucción de San Salvador', 'REF-koedshi', 'Código Procesal Penal, art. 329', '2026-11-30', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.510295+00', 'records-cler-koe69kz');
INSERT INTO public.admission VALUES ('62621bb6-bfa9-426e-8b9f-a3fe162ac83a', '0dd20b1e-e16a-4494-81ec-7da0a1ad76d0', 'TKOE5C9D', '2026-12-01 11:49:30+00', '2026-11-30 11:49:30+00', 'Soyapango, San Salvador', 'Ninguna', 'Ninguna', '[{"quantity": 1, "description": "Reloj"}]', '[{"age": 7, "name": "Ana García", "carer": "María Pérez (abuela)", "relationship": "hija"}]', 'María Pérez', 'madre', '+503 7000-0000', 'Juzgado Especializado de Instrucción', 'Juzgado 2.º de Instrucción de San Salvador', 'REF-koeexnx', 'Código Procesal Penal, art. 329', '2026-11-30', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.55336+00', 'records-cler-koe69kz');
INSERT INTO public.admission VALUES ('41d6d22d-960f-40c0-aaa7-c29093426a3f', '1cfa7452-fcff-4e8e-b974-b806d0c324dc', 'TKOE5C9D', '2026-12-01 11:49:30+00', '2026-11-30 11:49:30+00', 'Soyapango, San Salvador', 'Ninguna', 'Ninguna', '[{"quantity": 1, "description": "Reloj"}]', '[{"age": 7, "name": "Ana García", "carer": "María Pérez (abuela)", "relationship": "hija"}]', 'María Pérez', 'madre', '+503 7000-0000', 'Juzgado Especializado de Instrucción', 'Juzgado 2.º de Instrucción de San Salvador', 'REF-koef6t0', 'Código Procesal Penal, art. 329', '2026-11-30', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.615704+00', 'records-cler-koe69kz');


ALTER TABLE public.admission ENABLE TRIGGER ALL;

--
-- Data for Name: app_user; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.app_user DISABLE TRIGGER ALL;

INSERT INTO public.app_user VALUES ('4667f722-06a4-44a9-829c-0e8135bb1e4c', 'admin', 'Administrador', '{pbkdf2}4eaec7945b8d16658f9b7895636b9274fd7af79c7ee3eaaace1def87b4422321503e71668a9d0dd7e41baa53d9f274e6', true, true, NULL, 'es', '2026-12-03 11:49:29.864978+00', 'system');
INSERT INTO public.app_user VALUES ('f1406ebe-de78-46c2-a1b8-14c4c816df69', 'records-cler-koe69kz', 'Test RECORDS_CLERK', '{pbkdf2}50810d3db469ce6b50ced1507eab288083e65118eb39f00f1f84ec6e1d608b19f75bebb55abf36dd2292f1b63fd798c2', false, true, NULL, 'es', '2026-12-03 11:49:29.923635+00', 'test');
INSERT INTO public.app_user VALUES ('8ce1b7e1-6566-4f12-acb5-808258d9dbc3', 'monitor-koe7ilj', 'Test MONITOR', '{pbkdf2}7739c6332e3d26b1df45eb4d41ae71e52d4a9ffd9153ecb39272ebb5e1080f1cf9dca98b76cbf88d5921f1bd7d66a901', false, true, NULL, 'es', '2026-12-03 11:49:29.933106+00', 'test');


ALTER TABLE public.app_user ENABLE TRIGGER ALL;

--
-- Data for Name: api_token; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.api_token DISABLE TRIGGER ALL;



ALTER TABLE public.api_token ENABLE TRIGGER ALL;

--
-- Data for Name: app_user_facility; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.app_user_facility DISABLE TRIGGER ALL;



ALTER TABLE public.app_user_facility ENABLE TRIGGER ALL;

--
-- Data for Name: app_user_role; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.app_user_role DISABLE TRIGGER ALL;

INSERT INTO public.app_user_role VALUES ('4667f722-06a4-44a9-829c-0e8135bb1e4c', 'ADMINISTRATOR');
INSERT INTO public.app_user_role VALUES ('f1406ebe-de78-46c2-a1b8-14c4c816df69', 'RECORDS_CLERK');
INSERT INTO public.app_user_role VALUES ('8ce1b7e1-6566-4f12-acb5-808258d9dbc3', 'MONITOR');


ALTER TABLE public.app_user_role ENABLE TRIGGER ALL;

--
-- Data for Name: facility; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.facility DISABLE TRIGGER ALL;

INSERT INTO public.facility VALUES ('TKOE5C9D', 'Centro TKOE5C9D', 'PENITENTIARY', 'San Salvador', '2026-12-03 11:49:29.911976+00', 'test');


ALTER TABLE public.facility ENABLE TRIGGER ALL;

--
-- Data for Name: housing_unit; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.housing_unit DISABLE TRIGGER ALL;



ALTER TABLE public.housing_unit ENABLE TRIGGER ALL;

--
-- Data for Name: cell; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.cell DISABLE TRIGGER ALL;



ALTER TABLE public.cell ENABLE TRIGGER ALL;

--
-- Data for Name: capacity_version; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.capacity_version DISABLE TRIGGER ALL;



ALTER TABLE public.capacity_version ENABLE TRIGGER ALL;

--
-- Data for Name: placement; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.placement DISABLE TRIGGER ALL;



ALTER TABLE public.placement ENABLE TRIGGER ALL;

--
-- Data for Name: capacity_violation; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.capacity_violation DISABLE TRIGGER ALL;



ALTER TABLE public.capacity_violation ENABLE TRIGGER ALL;

--
-- Data for Name: classification_change; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.classification_change DISABLE TRIGGER ALL;



ALTER TABLE public.classification_change ENABLE TRIGGER ALL;

--
-- Data for Name: commitment_order_document; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.commitment_order_document DISABLE TRIGGER ALL;



ALTER TABLE public.commitment_order_document ENABLE TRIGGER ALL;

--
-- Data for Name: correction; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.correction DISABLE TRIGGER ALL;

INSERT INTO public.correction VALUES ('40744bc8-6533-4f4d-9a34-93ad92e84e5f', '75d915fe-a2fc-415a-9ed5-76715eda1aa1', 'firstSurname', 'García', 'Gómez', 'Error de transcripción; consta en el DUI', '2026-12-03 11:49:30.818963+00', 'records-cler-koe69kz');


ALTER TABLE public.correction ENABLE TRIGGER ALL;

--
-- Data for Name: credit_rev; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.credit_rev DISABLE TRIGGER ALL;



ALTER TABLE public.credit_rev ENABLE TRIGGER ALL;

--
-- Data for Name: custody_interval_rev; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.custody_interval_rev DISABLE TRIGGER ALL;



ALTER TABLE public.custody_interval_rev ENABLE TRIGGER ALL;

--
-- Data for Name: demo_dataset; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.demo_dataset DISABLE TRIGGER ALL;



ALTER TABLE public.demo_dataset ENABLE TRIGGER ALL;

--
-- Data for Name: disallowance_rev; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.disallowance_rev DISABLE TRIGGER ALL;



ALTER TABLE public.disallowance_rev ENABLE TRIGGER ALL;

--
-- Data for Name: escort; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.escort DISABLE TRIGGER ALL;



ALTER TABLE public.escort ENABLE TRIGGER ALL;

--
-- Data for Name: event_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.event_outbox DISABLE TRIGGER ALL;

INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (1, '2a68172c-b1ed-4c74-a08f-9e3c84f6e264', 'ReleaseDatesRecomputed', 'a69541c4-46e1-4103-a66b-ac631f176ce4', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-03 11:49:30.102288+00', '{"actor": "records-cler-koe69kz", "eventId": "2a68172c-b1ed-4c74-a08f-9e3c84f6e264", "subjectId": "a69541c4-46e1-4103-a66b-ac631f176ce4", "occurredAt": "2026-12-03T11:49:30.102288316Z", "facilityCode": "TKOE5C9D", "ruleSetVersion": "rules-5421ed3103f5"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (2, '1db12d17-6e1c-49f1-a3f9-62823d1784ab', 'PersonAdmitted', 'a69541c4-46e1-4103-a66b-ac631f176ce4', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-01 11:49:29+00', '{"sex": "MALE", "actor": "records-cler-koe69kz", "eventId": "1db12d17-6e1c-49f1-a3f9-62823d1784ab", "subjectId": "a69541c4-46e1-4103-a66b-ac631f176ce4", "caseNumber": "REF-koe8fau", "occurredAt": "2026-12-01T11:49:29Z", "admissionId": "103bf793-9208-4101-9311-811a4a383fa7", "dateOfBirth": "1990-05-17", "legalStatus": "UNTRIED", "nationality": "SV", "facilityCode": "TKOE5C9D", "bookingNumber": "SV-2026-000001"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (3, '8e1e3085-da5d-4c7d-a885-48824d3ca214', 'ReleaseDatesRecomputed', '75d915fe-a2fc-415a-9ed5-76715eda1aa1', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-03 11:49:30.268329+00', '{"actor": "records-cler-koe69kz", "eventId": "8e1e3085-da5d-4c7d-a885-48824d3ca214", "subjectId": "75d915fe-a2fc-415a-9ed5-76715eda1aa1", "occurredAt": "2026-12-03T11:49:30.268329938Z", "facilityCode": "TKOE5C9D", "ruleSetVersion": "rules-5421ed3103f5"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (4, '8ba81f2c-1071-4d4b-8d1a-7393df7e9667', 'PersonAdmitted', '75d915fe-a2fc-415a-9ed5-76715eda1aa1', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-01 11:49:30+00', '{"sex": "MALE", "actor": "records-cler-koe69kz", "eventId": "8ba81f2c-1071-4d4b-8d1a-7393df7e9667", "subjectId": "75d915fe-a2fc-415a-9ed5-76715eda1aa1", "caseNumber": "REF-koe9h04", "occurredAt": "2026-12-01T11:49:30Z", "admissionId": "ee7bbf5f-3fdd-4dd3-ae2f-32030b051c99", "dateOfBirth": "1990-05-17", "legalStatus": "UNTRIED", "nationality": "SV", "facilityCode": "TKOE5C9D", "bookingNumber": "SV-2026-000002"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (5, '0c5dc06d-126b-482d-95a4-2b6039885d51', 'ReleaseDatesRecomputed', 'ad7eedfd-a374-4db5-9e3c-f88d6906b79c', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-03 11:49:30.330873+00', '{"actor": "records-cler-koe69kz", "eventId": "0c5dc06d-126b-482d-95a4-2b6039885d51", "subjectId": "ad7eedfd-a374-4db5-9e3c-f88d6906b79c", "occurredAt": "2026-12-03T11:49:30.330873368Z", "facilityCode": "TKOE5C9D", "ruleSetVersion": "rules-5421ed3103f5"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (6, 'ed4b2e74-b20e-4e49-9c8f-1814b143cca0', 'PersonAdmitted', 'ad7eedfd-a374-4db5-9e3c-f88d6906b79c', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-01 11:49:30+00', '{"sex": "MALE", "actor": "records-cler-koe69kz", "eventId": "ed4b2e74-b20e-4e49-9c8f-1814b143cca0", "subjectId": "ad7eedfd-a374-4db5-9e3c-f88d6906b79c", "caseNumber": "REF-koeay1", "occurredAt": "2026-12-01T11:49:30Z", "admissionId": "672c3d11-8b99-4c19-b84e-d3ecf87e650c", "dateOfBirth": "1990-05-17", "legalStatus": "UNTRIED", "nationality": "SV", "facilityCode": "TKOE5C9D", "bookingNumber": "SV-2026-000003"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (7, '2753f441-5bb5-4ea8-8880-cc37ad04b9a4', 'ReleaseDatesRecomputed', 'ee959288-f1f9-4791-b238-60505868a4e6', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-03 11:49:30.413977+00', '{"actor": "records-cler-koe69kz", "eventId": "2753f441-5bb5-4ea8-8880-cc37ad04b9a4", "subjectId": "ee959288-f1f9-4791-b238-60505868a4e6", "occurredAt": "2026-12-03T11:49:30.413977998Z", "facilityCode": "TKOE5C9D", "ruleSetVersion": "rules-5421ed3103f5"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (8, '7efc2f70-a12f-4098-8847-75691fc2b987', 'PersonAdmitted', 'ee959288-f1f9-4791-b238-60505868a4e6', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-01 11:49:30+00', '{"sex": "MALE", "actor": "records-cler-koe69kz", "eventId": "7efc2f70-a12f-4098-8847-75691fc2b987", "subjectId": "ee959288-f1f9-4791-b238-60505868a4e6", "caseNumber": "REF-koeb10w", "occurredAt": "2026-12-01T11:49:30Z", "admissionId": "982c5ff9-c58e-4155-a467-bdd19b9c7266", "dateOfBirth": "1990-05-17", "legalStatus": "UNTRIED", "nationality": "SV", "facilityCode": "TKOE5C9D", "bookingNumber": "SV-2026-000004"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (9, '776ce938-36dc-42f0-a7df-c9402e9f9c58', 'ReleaseDatesRecomputed', '76755b61-a94f-44a5-bf22-7509e5cdc0af', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-03 11:49:30.47611+00', '{"actor": "records-cler-koe69kz", "eventId": "776ce938-36dc-42f0-a7df-c9402e9f9c58", "subjectId": "76755b61-a94f-44a5-bf22-7509e5cdc0af", "occurredAt": "2026-12-03T11:49:30.476110658Z", "facilityCode": "TKOE5C9D", "ruleSetVersion": "rules-5421ed3103f5"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (10, 'e52f7570-c53a-434e-ba83-1ca05fa13f70', 'PersonAdmitted', '76755b61-a94f-44a5-bf22-7509e5cdc0af', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-01 11:49:30+00', '{"sex": "MALE", "actor": "records-cler-koe69kz", "eventId": "e52f7570-c53a-434e-ba83-1ca05fa13f70", "subjectId": "76755b61-a94f-44a5-bf22-7509e5cdc0af", "caseNumber": "REF-koecd6r", "occurredAt": "2026-12-01T11:49:30Z", "admissionId": "97002a91-5e6f-471d-9118-21d5590dee9d", "dateOfBirth": "1990-05-17", "legalStatus": "UNTRIED", "nationality": "SV", "facilityCode": "TKOE5C9D", "bookingNumber": "SV-2026-000005"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (11, '7a01dcaa-17a2-4d69-9a2f-1e61670c1fea', 'ReleaseDatesRecomputed', 'f571b07e-2a76-41d9-ab3c-35cb4d23d056', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-03 11:49:30.531261+00', '{"actor": "records-cler-koe69kz", "eventId": "7a01dcaa-17a2-4d69-9a2f-1e61670c1fea", "subjectId": "f571b07e-2a76-41d9-ab3c-35cb4d23d056", "occurredAt": "2026-12-03T11:49:30.531261517Z", "facilityCode": "TKOE5C9D", "ruleSetVersion": "rules-5421ed3103f5"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (12, 'f85e992c-a0e6-4cae-a24a-ee4b9fd9b5c6', 'PersonAdmitted', 'f571b07e-2a76-41d9-ab3c-35cb4d23d056', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-01 11:49:30+00', '{"sex": "MALE", "actor": "records-cler-koe69kz", "eventId": "f85e992c-a0e6-4cae-a24a-ee4b9fd9b5c6", "subjectId": "f571b07e-2a76-41d9-ab3c-35cb4d23d056", "caseNumber": "REF-koedshi", "occurredAt": "2026-12-01T11:49:30Z", "admissionId": "28f54a64-48ec-4879-9e16-f0590929e240", "dateOfBirth": "1990-05-17", "legalStatus": "UNTRIED", "nationality": "SV", "facilityCode": "TKOE5C9D", "bookingNumber": "SV-2026-000006"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (13, 'b04e7a42-a0e6-4dcd-ad02-9f45e8655f2f', 'ReleaseDatesRecomputed', '0dd20b1e-e16a-4494-81ec-7da0a1ad76d0', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-03 11:49:30.593261+00', '{"actor": "records-cler-koe69kz", "eventId": "b04e7a42-a0e6-4dcd-ad02-9f45e8655f2f", "subjectId": "0dd20b1e-e16a-4494-81ec-7da0a1ad76d0", "occurredAt": "2026-12-03T11:49:30.593261179Z", "facilityCode": "TKOE5C9D", "ruleSetVersion": "rules-5421ed3103f5"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (14, '984221aa-db3a-4a6d-a385-ee960d92337e', 'PersonAdmitted', '0dd20b1e-e16a-4494-81ec-7da0a1ad76d0', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-01 11:49:30+00', '{"sex": "MALE", "actor": "records-cler-koe69kz", "eventId": "984221aa-db3a-4a6d-a385-ee960d92337e", "subjectId": "0dd20b1e-e16a-4494-81ec-7da0a1ad76d0", "caseNumber": "REF-koeexnx", "occurredAt": "2026-12-01T11:49:30Z", "admissionId": "62621bb6-bfa9-426e-8b9f-a3fe162ac83a", "dateOfBirth": "1990-05-17", "legalStatus": "UNTRIED", "nationality": "SV", "facilityCode": "TKOE5C9D", "bookingNumber": "SV-2026-000007"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (15, '256dc2fa-9bc5-4bbc-a1b4-06eece55f2d6', 'ReleaseDatesRecomputed', '1cfa7452-fcff-4e8e-b974-b806d0c324dc', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-03 11:49:30.638915+00', '{"actor": "records-cler-koe69kz", "eventId": "256dc2fa-9bc5-4bbc-a1b4-06eece55f2d6", "subjectId": "1cfa7452-fcff-4e8e-b974-b806d0c324dc", "occurredAt": "2026-12-03T11:49:30.638915807Z", "facilityCode": "TKOE5C9D", "ruleSetVersion": "rules-5421ed3103f5"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (16, '038c893a-89b1-4c83-8e84-634f0fc19ccb', 'PersonAdmitted', '1cfa7452-fcff-4e8e-b974-b806d0c324dc', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-01 11:49:30+00', '{"sex": "MALE", "actor": "records-cler-koe69kz", "eventId": "038c893a-89b1-4c83-8e84-634f0fc19ccb", "subjectId": "1cfa7452-fcff-4e8e-b974-b806d0c324dc", "caseNumber": "REF-koef6t0", "occurredAt": "2026-12-01T11:49:30Z", "admissionId": "41d6d22d-960f-40c0-aaa7-c29093426a3f", "dateOfBirth": "1990-05-17", "legalStatus": "UNTRIED", "nationality": "SV", "facilityCode": "TKOE5C9D", "bookingNumber": "SV-2026-000008"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (17, '33df52f1-709d-42ac-b212-4eef6026e45f', 'LegalStatusChanged', 'a69541c4-46e1-4103-a66b-ac631f176ce4', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-02 11:49:30+00', '{"to": "CONVICTED", "from": "UNTRIED", "actor": "records-cler-koe69kz", "eventId": "33df52f1-709d-42ac-b212-4eef6026e45f", "subjectId": "a69541c4-46e1-4103-a66b-ac631f176ce4", "occurredAt": "2026-12-02T11:49:30Z", "facilityCode": "TKOE5C9D"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (18, '0ff926ec-944b-4e79-95cd-d29fc30526e4', 'RecordCorrected', '75d915fe-a2fc-415a-9ed5-76715eda1aa1', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-03 11:49:30.818962+00', '{"actor": "records-cler-koe69kz", "field": "firstSurname", "reason": "Error de transcripción; consta en el DUI", "eventId": "0ff926ec-944b-4e79-95cd-d29fc30526e4", "newValue": "Gómez", "oldValue": "García", "subjectId": "75d915fe-a2fc-415a-9ed5-76715eda1aa1", "occurredAt": "2026-12-03T11:49:30.818962602Z", "correctionId": "40744bc8-6533-4f4d-9a34-93ad92e84e5f", "facilityCode": "TKOE5C9D"}', NULL);
INSERT INTO public.event_outbox OVERRIDING SYSTEM VALUE VALUES (19, '65ab7461-b67f-41bf-9582-2392344f31ac', 'PersonReleased', 'ad7eedfd-a374-4db5-9e3c-f88d6906b79c', 'TKOE5C9D', 'records-cler-koe69kz', '2026-12-03 11:44:30+00', '{"actor": "records-cler-koe69kz", "eventId": "65ab7461-b67f-41bf-9582-2392344f31ac", "authority": "Juzgado de Vigilancia", "subjectId": "ad7eedfd-a374-4db5-9e3c-f88d6906b79c", "legalBasis": "Cumplimiento de pena", "occurredAt": "2026-12-03T11:44:30Z", "releasedAt": "2026-12-03T11:44:30Z", "admissionId": "672c3d11-8b99-4c19-b84e-d3ecf87e650c", "destination": "Domicilio", "facilityCode": "TKOE5C9D"}', NULL);


ALTER TABLE public.event_outbox ENABLE TRIGGER ALL;

--
-- Data for Name: file_access; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.file_access DISABLE TRIGGER ALL;



ALTER TABLE public.file_access ENABLE TRIGGER ALL;

--
-- Data for Name: gate_entry; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.gate_entry DISABLE TRIGGER ALL;



ALTER TABLE public.gate_entry ENABLE TRIGGER ALL;

--
-- Data for Name: gate_correction; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.gate_correction DISABLE TRIGGER ALL;



ALTER TABLE public.gate_correction ENABLE TRIGGER ALL;

--
-- Data for Name: gate_exit; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.gate_exit DISABLE TRIGGER ALL;



ALTER TABLE public.gate_exit ENABLE TRIGGER ALL;

--
-- Data for Name: headcount; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.headcount DISABLE TRIGGER ALL;



ALTER TABLE public.headcount ENABLE TRIGGER ALL;

--
-- Data for Name: housing_person; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.housing_person DISABLE TRIGGER ALL;

INSERT INTO public.housing_person VALUES ('75d915fe-a2fc-415a-9ed5-76715eda1aa1', 'SV-2026-000002', 'TKOE5C9D', 'UNTRIED', 'MALE', '1990-05-17', true, NULL, NULL, NULL, NULL, '2026-12-03 11:49:30.250024+00', 'SV');
INSERT INTO public.housing_person VALUES ('ee959288-f1f9-4791-b238-60505868a4e6', 'SV-2026-000004', 'TKOE5C9D', 'UNTRIED', 'MALE', '1990-05-17', true, NULL, NULL, NULL, NULL, '2026-12-03 11:49:30.400639+00', 'SV');
INSERT INTO public.housing_person VALUES ('76755b61-a94f-44a5-bf22-7509e5cdc0af', 'SV-2026-000005', 'TKOE5C9D', 'UNTRIED', 'MALE', '1990-05-17', true, NULL, NULL, NULL, NULL, '2026-12-03 11:49:30.465782+00', 'SV');
INSERT INTO public.housing_person VALUES ('f571b07e-2a76-41d9-ab3c-35cb4d23d056', 'SV-2026-000006', 'TKOE5C9D', 'UNTRIED', 'MALE', '1990-05-17', true, NULL, NULL, NULL, NULL, '2026-12-03 11:49:30.521388+00', 'SV');
INSERT INTO public.housing_person VALUES ('0dd20b1e-e16a-4494-81ec-7da0a1ad76d0', 'SV-2026-000007', 'TKOE5C9D', 'UNTRIED', 'MALE', '1990-05-17', true, NULL, NULL, NULL, NULL, '2026-12-03 11:49:30.571872+00', 'SV');
INSERT INTO public.housing_person VALUES ('1cfa7452-fcff-4e8e-b974-b806d0c324dc', 'SV-2026-000008', 'TKOE5C9D', 'UNTRIED', 'MALE', '1990-05-17', true, NULL, NULL, NULL, NULL, '2026-12-03 11:49:30.630909+00', 'SV');
INSERT INTO public.housing_person VALUES ('a69541c4-46e1-4103-a66b-ac631f176ce4', 'SV-2026-000001', 'TKOE5C9D', 'CONVICTED', 'MALE', '1990-05-17', true, NULL, NULL, NULL, NULL, '2026-12-03 11:49:30.721111+00', 'SV');
INSERT INTO public.housing_person VALUES ('ad7eedfd-a374-4db5-9e3c-f88d6906b79c', 'SV-2026-000003', 'TKOE5C9D', 'UNTRIED', 'MALE', '1990-05-17', false, NULL, NULL, NULL, NULL, '2026-12-03 11:49:30.904986+00', 'SV');


ALTER TABLE public.housing_person ENABLE TRIGGER ALL;

--
-- Data for Name: idempotent_request; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.idempotent_request DISABLE TRIGGER ALL;



ALTER TABLE public.idempotent_request ENABLE TRIGGER ALL;

--
-- Data for Name: identity_document; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.identity_document DISABLE TRIGGER ALL;

INSERT INTO public.identity_document VALUES ('58e5050b-57a5-49b1-bf7e-9d42530cabcb', 'a69541c4-46e1-4103-a66b-ac631f176ce4', 0, 'DUI', '14966312-1', 'SV', NULL);
INSERT INTO public.identity_document VALUES ('2dfd7e37-165a-4108-8ee3-feb843efc367', '75d915fe-a2fc-415a-9ed5-76715eda1aa1', 0, 'DUI', '14966313-9', 'SV', NULL);
INSERT INTO public.identity_document VALUES ('a25ca163-2920-4a01-8397-d20dc88dc3c7', 'ad7eedfd-a374-4db5-9e3c-f88d6906b79c', 0, 'DUI', '14966314-7', 'SV', NULL);
INSERT INTO public.identity_document VALUES ('cfe003e9-3946-4617-8d49-7756a47f2731', 'ee959288-f1f9-4791-b238-60505868a4e6', 0, 'DUI', '14966315-5', 'SV', NULL);
INSERT INTO public.identity_document VALUES ('32c793f6-fb34-4ee8-a14a-ba4f89f1985a', '76755b61-a94f-44a5-bf22-7509e5cdc0af', 0, 'DUI', '14966316-3', 'SV', NULL);
INSERT INTO public.identity_document VALUES ('8de01d9a-c45f-4efa-aa34-233dc02fcbb0', 'f571b07e-2a76-41d9-ab3c-35cb4d23d056', 0, 'DUI', '14966317-1', 'SV', NULL);
INSERT INTO public.identity_document VALUES ('a9b4b538-c85d-4204-8306-34bdb1e57300', '0dd20b1e-e16a-4494-81ec-7da0a1ad76d0', 0, 'DUI', '14966318-9', 'SV', NULL);
INSERT INTO public.identity_document VALUES ('d3517e87-d2f6-4ec1-9133-fa1aee417732', '1cfa7452-fcff-4e8e-b974-b806d0c324dc', 0, 'DUI', '14966319-7', 'SV', NULL);


ALTER TABLE public.identity_document ENABLE TRIGGER ALL;

--
-- Data for Name: ledger_entry; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.ledger_entry DISABLE TRIGGER ALL;

INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('2a68172c-b1ed-4c74-a08f-9e3c84f6e264', 1, '\xb9f967ea0b8bf36c047614dd6e2a778c1d8467f1101311827f52592724dee3c9', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742032613638313732632d623165642d346337342d613038662d3965336338346636653236340a747970652052656c6561736544617465735265636f6d70757465640a74696d6520323032362d31322d30335431313a34393a33302e3130323238385a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74205265614b7572386f365157595a5a676a4b645a3145364f3667726d4361616158783942676c5a766a6543593d0a', 0, '2026-12-03 11:49:30.011724+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('1db12d17-6e1c-49f1-a3f9-62823d1784ab', 2, '\xbd048a99a52ba5d55147228f1befbbf6e126f5077d1082e54deb3049f46b06a9', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742031646231326431372d366531632d343966312d613366392d3632383233643137383461620a7479706520506572736f6e41646d69747465640a74696d6520323032362d31322d30315431313a34393a32392e3030303030305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74206e477563584f4158743641303331456957523944446e674c707a43575544436b56736153452b42465533303d0a', 1, '2026-12-03 11:49:30.011724+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('8e1e3085-da5d-4c7d-a885-48824d3ca214', 3, '\xdb131601ee28d443802b0a85ea6d1f0e42948297850bc98a92b3c8155e258a79', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742038653165333038352d646135642d346337642d613838352d3438383234643363613231340a747970652052656c6561736544617465735265636f6d70757465640a74696d6520323032362d31322d30335431313a34393a33302e3236383332395a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e742033727970566a726579566e655a6f7478784253612b466a383257596d6363724a4e75524f674b6d563755553d0a', 2, '2026-12-03 11:49:30.231462+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('8ba81f2c-1071-4d4b-8d1a-7393df7e9667', 4, '\x4935f75e936c10ca47ce01e026ecf614a8bde15cab0db99ad31c2b0b73d6c4b2', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742038626138316632632d313037312d346434622d386431612d3733393364663765393636370a7479706520506572736f6e41646d69747465640a74696d6520323032362d31322d30315431313a34393a33302e3030303030305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74206a766e76437435677a4e35513268544b32695959795073682f68593835564443394c546465496d6279526f3d0a', 3, '2026-12-03 11:49:30.231462+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('0c5dc06d-126b-482d-95a4-2b6039885d51', 5, '\x168a25b1b066ec6c8a000cfa9ed83da3c36e8363069ea74360733e28c2fdc490', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742030633564633036642d313236622d343832642d393561342d3262363033393838356435310a747970652052656c6561736544617465735265636f6d70757465640a74696d6520323032362d31322d30335431313a34393a33302e3333303837335a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74206d515930517979376e4b4e4c464c7673516256644e547749702f49524a34502b6d6b3753586a78477551773d0a', 4, '2026-12-03 11:49:30.291038+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('ed4b2e74-b20e-4e49-9c8f-1814b143cca0', 6, '\x11c974f1d76b41c91a477db894f9fba3b793a6d0dc82deaf6c5dade6c5e79a0b', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742065643462326537342d623230652d346534392d396338662d3138313462313433636361300a7479706520506572736f6e41646d69747465640a74696d6520323032362d31322d30315431313a34393a33302e3030303030305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74204b35572b444f38667168517177373451626977712b71376b515563643256484551593348574f347a772b343d0a', 5, '2026-12-03 11:49:30.291038+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('2753f441-5bb5-4ea8-8880-cc37ad04b9a4', 7, '\x08d7d2fb9bca38dd21fd5def76cd2b3c7bbde88f7e401f620f5930a89c6fe058', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742032373533663434312d356262352d346561382d383838302d6363333761643034623961340a747970652052656c6561736544617465735265636f6d70757465640a74696d6520323032362d31322d30335431313a34393a33302e3431333937375a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74204e6e65544250357468565a745a6d783564585a6f342b644d65685a684a6a77674c4b50734659493847576b3d0a', 6, '2026-12-03 11:49:30.391482+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('7efc2f70-a12f-4098-8847-75691fc2b987', 8, '\xfb18a8ef551a718c60e22686832a42772a816d8821cf4086d965dee1750dc2e6', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742037656663326637302d613132662d343039382d383834372d3735363931666332623938370a7479706520506572736f6e41646d69747465640a74696d6520323032362d31322d30315431313a34393a33302e3030303030305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e742033677a585a41486c613872744d44316a39655251374b515a2b7072633274766a6f4c47446b4f6d647238773d0a', 7, '2026-12-03 11:49:30.391482+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('776ce938-36dc-42f0-a7df-c9402e9f9c58', 9, '\x0cf17364c9c07135304c32d47eeb95944fa2b76d21f0f7e7f8e18f6f1c264e7d', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742037373663653933382d333664632d343266302d613764662d6339343032653966396335380a747970652052656c6561736544617465735265636f6d70757465640a74696d6520323032362d31322d30335431313a34393a33302e3437363131305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e742058347642717a31714662416a596a5342554e57393631794c6638563376662b41516f78564c2f4e70672f553d0a', 8, '2026-12-03 11:49:30.44191+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('e52f7570-c53a-434e-ba83-1ca05fa13f70', 10, '\x1d78adfd7566a6dc8ef148363fab01578d75446b5279f146fdbe2536fbf59ca9', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742065353266373537302d633533612d343334652d626138332d3163613035666131336637300a7479706520506572736f6e41646d69747465640a74696d6520323032362d31322d30315431313a34393a33302e3030303030305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e7420773443423534716945754b534d4a5a62702b474b3642674c3848476f704d716b3032435431684a334836513d0a', 9, '2026-12-03 11:49:30.44191+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('7a01dcaa-17a2-4d69-9a2f-1e61670c1fea', 11, '\x152fd46f487a75811ea25fefea5fa4c4f06bf7c635c7214d100b7a82c2c5e644', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742037613031646361612d313761322d346436392d396132662d3165363136373063316665610a747970652052656c6561736544617465735265636f6d70757465640a74696d6520323032362d31322d30335431313a34393a33302e3533313236315a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74202f6f4831676b726c51754b41304866702f78456f4a7a4b654737507239653532354c32462b445761356e733d0a', 10, '2026-12-03 11:49:30.510574+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('f85e992c-a0e6-4cae-a24a-ee4b9fd9b5c6', 12, '\x3040a144201d6642ecbb81e67628e305d23fd9a24ac1c8b18712fe30a4349a37', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742066383565393932632d613065362d346361652d613234612d6565346239666439623563360a7479706520506572736f6e41646d69747465640a74696d6520323032362d31322d30315431313a34393a33302e3030303030305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74206b47557565656c4f426b5634644e6457536749475a463079765949784a76385855786573664666467763633d0a', 11, '2026-12-03 11:49:30.510574+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('b04e7a42-a0e6-4dcd-ad02-9f45e8655f2f', 13, '\x5fbff829bbcb47eed6c2527670bebc854246405822bb9c703af8452474cc1e47', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742062303465376134322d613065362d346463642d616430322d3966343565383635356632660a747970652052656c6561736544617465735265636f6d70757465640a74696d6520323032362d31322d30335431313a34393a33302e3539333236315a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e7420457378777478624b334d6732536f574f77654a42656d644132732f5339354b37574b5562685a4842346e513d0a', 12, '2026-12-03 11:49:30.557968+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('984221aa-db3a-4a6d-a385-ee960d92337e', 14, '\x7f12d1aa537e0dc84e526f9d493e9e517e792dce85f784ec9c02cff9f1edfe41', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742039383432323161612d646233612d346136642d613338352d6565393630643932333337650a7479706520506572736f6e41646d69747465640a74696d6520323032362d31322d30315431313a34393a33302e3030303030305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e7420615263372b5530576f425977474f49456449615847674f7a302f62432b374d772b53326e2f5641724562673d0a', 13, '2026-12-03 11:49:30.557968+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('256dc2fa-9bc5-4bbc-a1b4-06eece55f2d6', 15, '\xbb8512936c6b50938c87dcf6b301177a4ab0cbbb7a29e1ea6000f541f650e450', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742032353664633266612d396263352d346262632d613162342d3036656563653535663264360a747970652052656c6561736544617465735265636f6d70757465640a74696d6520323032362d31322d30335431313a34393a33302e3633383931355a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74205a6f6f7a6574522f3159766f2f6b6b3070466d2f7931504658526b634b6967653569304733386741556a6f3d0a', 14, '2026-12-03 11:49:30.616038+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('038c893a-89b1-4c83-8e84-634f0fc19ccb', 16, '\xdafd66e38d60e41dd0fbf8722d4c52b86ec73d3018071eb649f5412d948fbc50', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742030333863383933612d383962312d346338332d386538342d3633346630666331396363620a7479706520506572736f6e41646d69747465640a74696d6520323032362d31322d30315431313a34393a33302e3030303030305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74204d3036596f2f55685957474b575a79693672436d456463657742534330715653786965306f4179393034673d0a', 15, '2026-12-03 11:49:30.616038+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('33df52f1-709d-42ac-b212-4eef6026e45f', 17, '\xc6a458faec01e852bb1c2651fd7ce27a0e87db9227f657e9f533be265e758e85', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742033336466353266312d373039642d343261632d623231322d3465656636303236653435660a74797065204c6567616c5374617475734368616e6765640a74696d6520323032362d31322d30325431313a34393a33302e3030303030305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e7420476c42536c79502b51646171326e4b6b7a72436354635056706954517079344e364b4c32576a336b5451593d0a', 16, '2026-12-03 11:49:30.69131+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('0ff926ec-944b-4e79-95cd-d29fc30526e4', 18, '\x17d8a5cd9ee21e66c99b54b5ca3d5acaea2c1a7e40b5ba8803bdb36f2bebb8fa', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742030666639323665632d393434622d346537392d393563642d6432396663333035323665340a74797065205265636f7264436f727265637465640a74696d6520323032362d31322d30335431313a34393a33302e3831383936325a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e7420346e6933595652375a4b34754738315974664d486c536e5a4e6b5a6a4b4357345847306e4b6568786354513d0a', 17, '2026-12-03 11:49:30.809141+00');
INSERT INTO public.ledger_entry OVERRIDING SYSTEM VALUE VALUES ('65ab7461-b67f-41bf-9582-2392344f31ac', 19, '\x17b41a20700214c2012727dfbd1cc360eec3e96498602b177f45e44e60479e0f', '\x637573746f732d6c65646765722d656e7472792f76310a6576656e742036356162373436312d623637662d343162662d393538322d3233393233343466333161630a7479706520506572736f6e52656c65617365640a74696d6520323032362d31322d30335431313a34343a33302e3030303030305a0a666163696c69747920544b4f45354339440a6163746f72207265636f7264732d636c65722d6b6f6536396b7a0a636f6d6d69746d656e74205730744f4f4e324b70706e71492f583947664c344730675062374d76543070394679476c41594a36725a773d0a', 18, '2026-12-03 11:49:30.88751+00');


ALTER TABLE public.ledger_entry ENABLE TRIGGER ALL;

--
-- Data for Name: ledger_hash; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.ledger_hash DISABLE TRIGGER ALL;

INSERT INTO public.ledger_hash VALUES (0, '\x92906552543a3226ee70a6257fdcec2762ea6dc3cc480704a4223f19e043fc90');
INSERT INTO public.ledger_hash VALUES (1, '\xbbee2568ef296aa2ca417e5051517bbd7ea2658b9e56f09e583c30dba7bbfed0');
INSERT INTO public.ledger_hash VALUES (2, '\xbc96d4039ebe77bac8a08b05b80dfed157a0d51c418be0f2602ac74f59403a65');
INSERT INTO public.ledger_hash VALUES (3, '\x30d35dcb96dfbc4ae0dfd04a4ab0d746c9d0e709e694fdc6169528bf4e1727af');
INSERT INTO public.ledger_hash VALUES (4, '\x9047e0451da8ca16b92f1e667499a93b612bdff3fd81c6a24d9c021deb608f6a');
INSERT INTO public.ledger_hash VALUES (5, '\x84c789e992b3afffdeaa9599bfda3820db52c5fc23a1365aa3ac1584c2528925');
INSERT INTO public.ledger_hash VALUES (6, '\x3952a4789abe1250466189e577ab24f3dbf00daa9986b5f83567d06a318136fd');
INSERT INTO public.ledger_hash VALUES (7, '\x178c437417487f021073e69b359dd3447fc78e3cda2ea48eddd90c751ed965a7');
INSERT INTO public.ledger_hash VALUES (8, '\x69685b3a1f9e9ae4a2577a304975dc2ccf625702d7a76063c12ce09527770253');
INSERT INTO public.ledger_hash VALUES (9, '\x4de538066a3841563f6dc85b84288a38bac4770de441fe746c4d769c62f17683');
INSERT INTO public.ledger_hash VALUES (10, '\xce69d37ad079cb594f85d9da1e4088be9e91a3982d25ab0d000ab9624b25a322');
INSERT INTO public.ledger_hash VALUES (11, '\xfa19c1cacdf156cd5eeeb8e86143a3e1bcd2022898f8e5ba9f60c58f149baf94');
INSERT INTO public.ledger_hash VALUES (12, '\xedc6f382a6b2a80937c436792830ac2bccc42b05298de6df10f10ef074ed6e34');
INSERT INTO public.ledger_hash VALUES (13, '\x9cad6df552fd244aa2b5d375e9cc2a558f1e9a07dc828de91b9c700257df4ffa');
INSERT INTO public.ledger_hash VALUES (14, '\xf7bec55fce292d8bb696d822339fd29ecebd4e269d89d9e44ee358831589548f');
INSERT INTO public.ledger_hash VALUES (15, '\x6d03f985650c092cbb9dd164a574e4a943baa3bb8168c30d86c72d55314275eb');
INSERT INTO public.ledger_hash VALUES (16, '\xa6d9630b256fb36c86708082de6ce49d5b6d820c89631335e25e9915f03871f4');
INSERT INTO public.ledger_hash VALUES (17, '\xa07298cda0ea558d7f96d447f513d2888bf4e0ecd2da7e718d5b24c88018f3ae');
INSERT INTO public.ledger_hash VALUES (18, '\x754b66a19a285dbd868d70a9a44fead20326ac63492ab41ab7e9d9e95bc222b5');
INSERT INTO public.ledger_hash VALUES (19, '\x9954678a0c423d75f88c5bc537cc5ad31e9d898cdcdaa788a2fbd45072bc904b');
INSERT INTO public.ledger_hash VALUES (20, '\x9b1fea36e9d4f298fd4d721f08ee1f5f955d61703a9230d6653fa5c4cabe173b');
INSERT INTO public.ledger_hash VALUES (21, '\x5e720d9f06ea2dd9ed86b725e9a1a3abaf21544e4083e22a9484a47ac8ac2252');
INSERT INTO public.ledger_hash VALUES (22, '\x713ab0215ef5f6a4d7230e3a4b5c255c82936e15b76dcc0da139f65070331307');
INSERT INTO public.ledger_hash VALUES (23, '\x9c39998480c3e8f541c7878a19d9695a7f325752a1e8df430550ae1dee91d314');
INSERT INTO public.ledger_hash VALUES (24, '\xb7fbd308d3b32d8cfbe4dc2959427958a1a5326a7c6c08f2f4901b526ee75ec4');
INSERT INTO public.ledger_hash VALUES (25, '\xa46659b93b19d26e57e9c8c0c20edbc4be651b541329db976506814aa4bcc61f');
INSERT INTO public.ledger_hash VALUES (26, '\xb5b237e9e11c3485a0d1806fc6848f39f41c940ccdde181a342d6c866d0573e3');
INSERT INTO public.ledger_hash VALUES (27, '\x34496a39bfc5883be3f671a415648b7a723142b15b8e2e66225e569a7fd95515');
INSERT INTO public.ledger_hash VALUES (28, '\x8cdc13143d94dac70a1d6e6190434920ea99667964d7de66c63e591ff6f352ec');
INSERT INTO public.ledger_hash VALUES (29, '\x2708d3c83c5eb84582e5f4df48b47964494e6047a55b02da4b2d82a893ffabf1');
INSERT INTO public.ledger_hash VALUES (30, '\xc73d0aed3fb7570a8dea4786fe5271560f65aa700ae73d6b979453a1363d7158');
INSERT INTO public.ledger_hash VALUES (31, '\x7ef1f6897946f2b4d5de175e73aa17d68265346c2ced67fc021ccd3ea7384307');
INSERT INTO public.ledger_hash VALUES (32, '\x63671c8110e0db02a12c9add96b9aee106f1ff16ada3bcff44cf7948cec03be9');
INSERT INTO public.ledger_hash VALUES (33, '\xb1951a738e930432504d8838e7debf8affef8f63809045ff1e340a71c8c8e2f4');
INSERT INTO public.ledger_hash VALUES (34, '\x66c87536168e18af539caacb7edfb2035b1c2011f9814e865959cc3731ecf9f3');


ALTER TABLE public.ledger_hash ENABLE TRIGGER ALL;

--
-- Data for Name: ledger_tree; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.ledger_tree DISABLE TRIGGER ALL;

INSERT INTO public.ledger_tree VALUES (true, 19, '\xb238efc54b89cc7a88b22857e9d323e17b439ea8225cccbfd4003acf64683a3b', '2026-12-03 11:49:30.941112+00');


ALTER TABLE public.ledger_tree ENABLE TRIGGER ALL;

--
-- Data for Name: legal_status; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.legal_status DISABLE TRIGGER ALL;

INSERT INTO public.legal_status VALUES ('bddf427c-e218-4f40-8952-27cf90f51fe4', 'a69541c4-46e1-4103-a66b-ac631f176ce4', '103bf793-9208-4101-9311-811a4a383fa7', 'UNTRIED', NULL, NULL, '2026-12-01 11:49:29+00', 'Código Procesal Penal, art. 329', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.005834+00', 'records-cler-koe69kz');
INSERT INTO public.legal_status VALUES ('a575729c-98ce-465d-8602-f97694f058f2', '75d915fe-a2fc-415a-9ed5-76715eda1aa1', 'ee7bbf5f-3fdd-4dd3-ae2f-32030b051c99', 'UNTRIED', NULL, NULL, '2026-12-01 11:49:30+00', 'Código Procesal Penal, art. 329', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.227793+00', 'records-cler-koe69kz');
INSERT INTO public.legal_status VALUES ('8e3f3bc5-7485-4b67-87d1-59696c45f1ca', 'ad7eedfd-a374-4db5-9e3c-f88d6906b79c', '672c3d11-8b99-4c19-b84e-d3ecf87e650c', 'UNTRIED', NULL, NULL, '2026-12-01 11:49:30+00', 'Código Procesal Penal, art. 329', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.290599+00', 'records-cler-koe69kz');
INSERT INTO public.legal_status VALUES ('7ef9fca5-7b32-4dba-8f0d-0334c23f641a', 'ee959288-f1f9-4791-b238-60505868a4e6', '982c5ff9-c58e-4155-a467-bdd19b9c7266', 'UNTRIED', NULL, NULL, '2026-12-01 11:49:30+00', 'Código Procesal Penal, art. 329', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.391097+00', 'records-cler-koe69kz');
INSERT INTO public.legal_status VALUES ('a873cc1e-3ba4-4eee-87d9-509a47e6c8f3', '76755b61-a94f-44a5-bf22-7509e5cdc0af', '97002a91-5e6f-471d-9118-21d5590dee9d', 'UNTRIED', NULL, NULL, '2026-12-01 11:49:30+00', 'Código Procesal Penal, art. 329', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.441459+00', 'records-cler-koe69kz');
INSERT INTO public.legal_status VALUES ('a67179a9-ba61-4eed-98d9-d20a2573401a', 'f571b07e-2a76-41d9-ab3c-35cb4d23d056', '28f54a64-48ec-4879-9e16-f0590929e240', 'UNTRIED', NULL, NULL, '2026-12-01 11:49:30+00', 'Código Procesal Penal, art. 329', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.510295+00', 'records-cler-koe69kz');
INSERT INTO public.legal_status VALUES ('f0ad08b2-3c51-4391-a64b-55c985458841', '0dd20b1e-e16a-4494-81ec-7da0a1ad76d0', '62621bb6-bfa9-426e-8b9f-a3fe162ac83a', 'UNTRIED', NULL, NULL, '2026-12-01 11:49:30+00', 'Código Procesal Penal, art. 329', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.55336+00', 'records-cler-koe69kz');
INSERT INTO public.legal_status VALUES ('b23248f1-73d9-4feb-8cb1-120efafc4012', '1cfa7452-fcff-4e8e-b974-b806d0c324dc', '41d6d22d-960f-40c0-aaa7-c29093426a3f', 'UNTRIED', NULL, NULL, '2026-12-01 11:49:30+00', 'Código Procesal Penal, art. 329', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '2026-12-03 11:49:30.615704+00', 'records-cler-koe69kz');
INSERT INTO public.legal_status VALUES ('849232f8-8870-4fc5-b09e-26e42e2f86ff', 'a69541c4-46e1-4103-a66b-ac631f176ce4', '103bf793-9208-4101-9311-811a4a383fa7', 'CONVICTED', NULL, NULL, '2026-12-02 11:49:30+00', 'Sentencia firme 45-2026', NULL, '2026-12-03 11:49:30.700632+00', 'records-cler-koe69kz');


ALTER TABLE public.legal_status ENABLE TRIGGER ALL;

--
-- Data for Name: person_alias; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.person_alias DISABLE TRIGGER ALL;



ALTER TABLE public.person_alias ENABLE TRIGGER ALL;

--
-- Data for Name: person_flags_rev; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.person_flags_rev DISABLE TRIGGER ALL;



ALTER TABLE public.person_flags_rev ENABLE TRIGGER ALL;

--
-- Data for Name: person_release; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.person_release DISABLE TRIGGER ALL;

INSERT INTO public.person_release VALUES ('7fd42a5f-7c19-4d55-ab4a-fffeff36bee9', 'ad7eedfd-a374-4db5-9e3c-f88d6906b79c', '672c3d11-8b99-4c19-b84e-d3ecf87e650c', 'Cumplimiento de pena', 'Juzgado de Vigilancia', '2026-12-03 11:44:30+00', 'Domicilio', '2026-12-03 11:49:30.893685+00', 'records-cler-koe69kz');


ALTER TABLE public.person_release ENABLE TRIGGER ALL;

--
-- Data for Name: pretrial_rev; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.pretrial_rev DISABLE TRIGGER ALL;



ALTER TABLE public.pretrial_rev ENABLE TRIGGER ALL;

--
-- Data for Name: recompute_change; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.recompute_change DISABLE TRIGGER ALL;



ALTER TABLE public.recompute_change ENABLE TRIGGER ALL;

--
-- Data for Name: recompute_job; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.recompute_job DISABLE TRIGGER ALL;



ALTER TABLE public.recompute_job ENABLE TRIGGER ALL;

--
-- Data for Name: release_dates; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.release_dates DISABLE TRIGGER ALL;

INSERT INTO public.release_dates VALUES ('a69541c4-46e1-4103-a66b-ac631f176ce4', 'custos-sentencing 0.1.0 (engine 1)', 'rules-5421ed3103f5', '2026-12-03 11:49:30.102288+00', NULL, NULL, NULL, '2027-11-30', NULL, NULL, '{"terms": [], "release": null, "pretrial": [{"id": "PD", "dates": [{"date": "2027-11-30", "name": "PROVISIONAL_DETENTION_LIMIT", "lines": [{"days": 365, "note": "12 months for a lesser offence from 2026-12-01 = 2027-11-30", "rule": "PD_ORDINARY_LIMIT", "version": "SV-CPP8-2011", "legalBasis": "Código Procesal Penal (D.L. 733/2008) art. 8: 12 meses delitos menos graves, 24 graves, +12 en recurso"}], "status": "COMPUTED"}], "alerts": [], "jurisdiction": "SV"}], "engineVersion": "custos-sentencing 0.1.0 (engine 1)"}');
INSERT INTO public.release_dates VALUES ('75d915fe-a2fc-415a-9ed5-76715eda1aa1', 'custos-sentencing 0.1.0 (engine 1)', 'rules-5421ed3103f5', '2026-12-03 11:49:30.26833+00', NULL, NULL, NULL, '2027-11-30', NULL, NULL, '{"terms": [], "release": null, "pretrial": [{"id": "PD", "dates": [{"date": "2027-11-30", "name": "PROVISIONAL_DETENTION_LIMIT", "lines": [{"days": 365, "note": "12 months for a lesser offence from 2026-12-01 = 2027-11-30", "rule": "PD_ORDINARY_LIMIT", "version": "SV-CPP8-2011", "legalBasis": "Código Procesal Penal (D.L. 733/2008) art. 8: 12 meses delitos menos graves, 24 graves, +12 en recurso"}], "status": "COMPUTED"}], "alerts": [], "jurisdiction": "SV"}], "engineVersion": "custos-sentencing 0.1.0 (engine 1)"}');
INSERT INTO public.release_dates VALUES ('ad7eedfd-a374-4db5-9e3c-f88d6906b79c', 'custos-sentencing 0.1.0 (engine 1)', 'rules-5421ed3103f5', '2026-12-03 11:49:30.330873+00', NULL, NULL, NULL, '2027-11-30', NULL, NULL, '{"terms": [], "release": null, "pretrial": [{"id": "PD", "dates": [{"date": "2027-11-30", "name": "PROVISIONAL_DETENTION_LIMIT", "lines": [{"days": 365, "note": "12 months for a lesser offence from 2026-12-01 = 2027-11-30", "rule": "PD_ORDINARY_LIMIT", "version": "SV-CPP8-2011", "legalBasis": "Código Procesal Penal (D.L. 733/2008) art. 8: 12 meses delitos menos graves, 24 graves, +12 en recurso"}], "status": "COMPUTED"}], "alerts": [], "jurisdiction": "SV"}], "engineVersion": "custos-sentencing 0.1.0 (engine 1)"}');
INSERT INTO public.release_dates VALUES ('ee959288-f1f9-4791-b238-60505868a4e6', 'custos-sentencing 0.1.0 (engine 1)', 'rules-5421ed3103f5', '2026-12-03 11:49:30.413978+00', NULL, NULL, NULL, '2027-11-30', NULL, NULL, '{"terms": [], "release": null, "pretrial": [{"id": "PD", "dates": [{"date": "2027-11-30", "name": "PROVISIONAL_DETENTION_LIMIT", "lines": [{"days": 365, "note": "12 months for a lesser offence from 2026-12-01 = 2027-11-30", "rule": "PD_ORDINARY_LIMIT", "version": "SV-CPP8-2011", "legalBasis": "Código Procesal Penal (D.L. 733/2008) art. 8: 12 meses delitos menos graves, 24 graves, +12 en recurso"}], "status": "COMPUTED"}], "alerts": [], "jurisdiction": "SV"}], "engineVersion": "custos-sentencing 0.1.0 (engine 1)"}');
INSERT INTO public.release_dates VALUES ('76755b61-a94f-44a5-bf22-7509e5cdc0af', 'custos-sentencing 0.1.0 (engine 1)', 'rules-5421ed3103f5', '2026-12-03 11:49:30.476111+00', NULL, NULL, NULL, '2027-11-30', NULL, NULL, '{"terms": [], "release": null, "pretrial": [{"id": "PD", "dates": [{"date": "2027-11-30", "name": "PROVISIONAL_DETENTION_LIMIT", "lines": [{"days": 365, "note": "12 months for a lesser offence from 2026-12-01 = 2027-11-30", "rule": "PD_ORDINARY_LIMIT", "version": "SV-CPP8-2011", "legalBasis": "Código Procesal Penal (D.L. 733/2008) art. 8: 12 meses delitos menos graves, 24 graves, +12 en recurso"}], "status": "COMPUTED"}], "alerts": [], "jurisdiction": "SV"}], "engineVersion": "custos-sentencing 0.1.0 (engine 1)"}');
INSERT INTO public.release_dates VALUES ('f571b07e-2a76-41d9-ab3c-35cb4d23d056', 'custos-sentencing 0.1.0 (engine 1)', 'rules-5421ed3103f5', '2026-12-03 11:49:30.531262+00', NULL, NULL, NULL, '2027-11-30', NULL, NULL, '{"terms": [], "release": null, "pretrial": [{"id": "PD", "dates": [{"date": "2027-11-30", "name": "PROVISIONAL_DETENTION_LIMIT", "lines": [{"days": 365, "note": "12 months for a lesser offence from 2026-12-01 = 2027-11-30", "rule": "PD_ORDINARY_LIMIT", "version": "SV-CPP8-2011", "legalBasis": "Código Procesal Penal (D.L. 733/2008) art. 8: 12 meses delitos menos graves, 24 graves, +12 en recurso"}], "status": "COMPUTED"}], "alerts": [], "jurisdiction": "SV"}], "engineVersion": "custos-sentencing 0.1.0 (engine 1)"}');
INSERT INTO public.release_dates VALUES ('0dd20b1e-e16a-4494-81ec-7da0a1ad76d0', 'custos-sentencing 0.1.0 (engine 1)', 'rules-5421ed3103f5', '2026-12-03 11:49:30.593261+00', NULL, NULL, NULL, '2027-11-30', NULL, NULL, '{"terms": [], "release": null, "pretrial": [{"id": "PD", "dates": [{"date": "2027-11-30", "name": "PROVISIONAL_DETENTION_LIMIT", "lines": [{"days": 365, "note": "12 months for a lesser offence from 2026-12-01 = 2027-11-30", "rule": "PD_ORDINARY_LIMIT", "version": "SV-CPP8-2011", "legalBasis": "Código Procesal Penal (D.L. 733/2008) art. 8: 12 meses delitos menos graves, 24 graves, +12 en recurso"}], "status": "COMPUTED"}], "alerts": [], "jurisdiction": "SV"}], "engineVersion": "custos-sentencing 0.1.0 (engine 1)"}');
INSERT INTO public.release_dates VALUES ('1cfa7452-fcff-4e8e-b974-b806d0c324dc', 'custos-sentencing 0.1.0 (engine 1)', 'rules-5421ed3103f5', '2026-12-03 11:49:30.638916+00', NULL, NULL, NULL, '2027-11-30', NULL, NULL, '{"terms": [], "release": null, "pretrial": [{"id": "PD", "dates": [{"date": "2027-11-30", "name": "PROVISIONAL_DETENTION_LIMIT", "lines": [{"days": 365, "note": "12 months for a lesser offence from 2026-12-01 = 2027-11-30", "rule": "PD_ORDINARY_LIMIT", "version": "SV-CPP8-2011", "legalBasis": "Código Procesal Penal (D.L. 733/2008) art. 8: 12 meses delitos menos graves, 24 graves, +12 en recurso"}], "status": "COMPUTED"}], "alerts": [], "jurisdiction": "SV"}], "engineVersion": "custos-sentencing 0.1.0 (engine 1)"}');


ALTER TABLE public.release_dates ENABLE TRIGGER ALL;

--
-- Data for Name: scheduled_visit; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.scheduled_visit DISABLE TRIGGER ALL;



ALTER TABLE public.scheduled_visit ENABLE TRIGGER ALL;

--
-- Data for Name: sentence_rev; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.sentence_rev DISABLE TRIGGER ALL;



ALTER TABLE public.sentence_rev ENABLE TRIGGER ALL;

--
-- Data for Name: sentencing_person; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.sentencing_person DISABLE TRIGGER ALL;

INSERT INTO public.sentencing_person VALUES ('75d915fe-a2fc-415a-9ed5-76715eda1aa1', 'SV-2026-000002', 'TKOE5C9D', 'UNTRIED', true, '2026-12-01', '2026-12-03 11:49:30.231462+00');
INSERT INTO public.sentencing_person VALUES ('ee959288-f1f9-4791-b238-60505868a4e6', 'SV-2026-000004', 'TKOE5C9D', 'UNTRIED', true, '2026-12-01', '2026-12-03 11:49:30.391482+00');
INSERT INTO public.sentencing_person VALUES ('76755b61-a94f-44a5-bf22-7509e5cdc0af', 'SV-2026-000005', 'TKOE5C9D', 'UNTRIED', true, '2026-12-01', '2026-12-03 11:49:30.44191+00');
INSERT INTO public.sentencing_person VALUES ('f571b07e-2a76-41d9-ab3c-35cb4d23d056', 'SV-2026-000006', 'TKOE5C9D', 'UNTRIED', true, '2026-12-01', '2026-12-03 11:49:30.510574+00');
INSERT INTO public.sentencing_person VALUES ('0dd20b1e-e16a-4494-81ec-7da0a1ad76d0', 'SV-2026-000007', 'TKOE5C9D', 'UNTRIED', true, '2026-12-01', '2026-12-03 11:49:30.557968+00');
INSERT INTO public.sentencing_person VALUES ('1cfa7452-fcff-4e8e-b974-b806d0c324dc', 'SV-2026-000008', 'TKOE5C9D', 'UNTRIED', true, '2026-12-01', '2026-12-03 11:49:30.616038+00');
INSERT INTO public.sentencing_person VALUES ('a69541c4-46e1-4103-a66b-ac631f176ce4', 'SV-2026-000001', 'TKOE5C9D', 'CONVICTED', true, '2026-12-01', '2026-12-03 11:49:30.69131+00');
INSERT INTO public.sentencing_person VALUES ('ad7eedfd-a374-4db5-9e3c-f88d6906b79c', 'SV-2026-000003', 'TKOE5C9D', 'UNTRIED', false, '2026-12-01', '2026-12-03 11:49:30.88751+00');


ALTER TABLE public.sentencing_person ENABLE TRIGGER ALL;

--
-- Data for Name: separation_override; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.separation_override DISABLE TRIGGER ALL;



ALTER TABLE public.separation_override ENABLE TRIGGER ALL;

--
-- Data for Name: surveillance_outage; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.surveillance_outage DISABLE TRIGGER ALL;



ALTER TABLE public.surveillance_outage ENABLE TRIGGER ALL;

--
-- Data for Name: surveillance_restore; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.surveillance_restore DISABLE TRIGGER ALL;



ALTER TABLE public.surveillance_restore ENABLE TRIGGER ALL;

--
-- Data for Name: transfer; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.transfer DISABLE TRIGGER ALL;



ALTER TABLE public.transfer ENABLE TRIGGER ALL;

--
-- Data for Name: visit_approval; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.visit_approval DISABLE TRIGGER ALL;



ALTER TABLE public.visit_approval ENABLE TRIGGER ALL;

--
-- Data for Name: visit_outcome; Type: TABLE DATA; Schema: public; Owner: -
--

ALTER TABLE public.visit_outcome DISABLE TRIGGER ALL;



ALTER TABLE public.visit_outcome ENABLE TRIGGER ALL;

--
-- Name: booking_number_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.booking_number_seq', 8, true);


--
-- Name: credit_rev_rev_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.credit_rev_rev_seq', 1, false);


--
-- Name: custody_interval_rev_rev_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.custody_interval_rev_rev_seq', 1, false);


--
-- Name: disallowance_rev_rev_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.disallowance_rev_rev_seq', 1, false);


--
-- Name: event_outbox_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.event_outbox_seq_seq', 19, true);


--
-- Name: ledger_entry_pending_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.ledger_entry_pending_seq_seq', 19, true);


--
-- Name: person_flags_rev_rev_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.person_flags_rev_rev_seq', 1, false);


--
-- Name: pretrial_rev_rev_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.pretrial_rev_rev_seq', 1, false);


--
-- Name: sentence_rev_rev_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sentence_rev_rev_seq', 1, false);


--
-- PostgreSQL database dump complete
--

\unrestrict WUchZHhSwhYx8mVHz8EVLsyOu0YqV2fLDN24fSxzgN9ABb8WAdX4M6eg9g3sq0L

