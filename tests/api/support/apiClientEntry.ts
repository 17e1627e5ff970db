/** Build entry holding only the app's API client, for the no-mock-in-API-build check. */
import { createAppApiClient } from '@/api/apiClient';

export const appApiClient = createAppApiClient();
