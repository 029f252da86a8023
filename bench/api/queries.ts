/** The GraphQL operations the API benchmark sends (as a web or mobile client would). */
export const Q = {
  login: `mutation Login($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }`,

  typename: `{ __typename }`,

  me: `{ me { id fullName role } }`,

  /** The student's offer list: one page with everything a result card shows. */
  search: `query Search($first: Int!, $after: String, $filter: OfferFilterInput, $sort: OfferSort! = DEADLINE) {
    offers(first: $first, after: $after, filter: $filter, sort: $sort) {
      edges {
        cursor
        distanceKm
        node {
          id kind title description topics eligibleLevels applicationDeadline status
          company { id name city country verified }
          facility { id name kind city country latitude longitude requirements }
          slots { id startsAt endsAt capacity taken free }
          virtualTwin { id format capacity taken joinUrl }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`,

  /** The company's applicant list for one offer, in its rank order. */
  applicants: `query Applicants($offerId: ID!, $first: Int!) {
    applications(offerId: $offerId, first: $first) {
      edges {
        node {
          id status rank companyRank motivation createdAt slotId
          student { id fullName email program { id name level } }
          history { fromStatus toStatus at note }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`,

  apply: `mutation Apply($input: ApplyToOfferInput!) { applyToOffer(input: $input) { id status } }`,

  accept: `mutation Accept($id: ID!) { acceptOffer(id: $id) { id status holdsSeat } }`,

  /**
   * The search page as PostGraphile 4 serves it from the same tables: the same offers' fields and
   * relations, published offers in deadline order (its generated schema has no access rules, so no
   * level or verified-company filter; slots' `free` is the one field it cannot compute).
   */
  postgraphile: `query Search($first: Int!, $after: Cursor) {
    allOffers(first: $first, after: $after, condition: { status: PUBLISHED }, orderBy: [APPLICATION_DEADLINE_ASC, ID_ASC]) {
      edges {
        cursor
        node {
          id kind title description topics eligibleLevels applicationDeadline status
          company: organizationByCompanyId { id name city country verified }
          facility: facilityByFacilityId { id name kind city country latitude longitude requirements }
          slots: offerSlotsByOfferId(orderBy: [STARTS_AT_ASC, ID_ASC]) { nodes { id startsAt endsAt capacity taken } }
          virtualTwin: virtualTwinByOfferId { id format capacity taken joinUrl }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`,
};
